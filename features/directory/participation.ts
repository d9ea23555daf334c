import "server-only";
import type { Db } from "@/db/types";
import { contactMeetingHistory, organisationMeetingHistory } from "@/features/meetings/queries";
import { organisationSerdHistory } from "@/features/serd/queries";
import { enrolmentHistory } from "@/features/training/queries";
import { parisParts } from "@/lib/domain/paris-time";

// What an organisation's or a person's page remembers: meetings (invited, answered, present,
// excused), SERD actions and trainings, by year, read from the records of each area.

type OrgMeeting = Awaited<ReturnType<typeof organisationMeetingHistory>>[number];
type ContactMeeting = Awaited<ReturnType<typeof contactMeetingHistory>>[number];
type Serd = Awaited<ReturnType<typeof organisationSerdHistory>>[number];
type Training = Awaited<ReturnType<typeof enrolmentHistory>>[number];

export type YearOf<M> = { year: number; meetings: M[]; serd: Serd[]; trainings: Training[] };

function byYear<M extends { startsAt: Date }>(meetings: M[], serd: Serd[], trainings: Training[]): YearOf<M>[] {
  const years = new Map<number, YearOf<M>>();
  const of = (year: number) => {
    let y = years.get(year);
    if (!y) years.set(year, (y = { year, meetings: [], serd: [], trainings: [] }));
    return y;
  };
  for (const m of meetings) of(parisParts(m.startsAt).year).meetings.push(m);
  for (const s of serd) of(s.year).serd.push(s);
  for (const t of trainings) of(Number(t.startsOn.slice(0, 4))).trainings.push(t);
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** An organisation's years: its people's meetings (as counted at invitation), its SERD actions, trainings. */
export async function organisationParticipation(
  db: Db,
  { networkId, organisationId, contactIds }: { networkId: string; organisationId: string; contactIds: string[] },
): Promise<YearOf<OrgMeeting>[]> {
  const [meetings, serd, trainings] = await Promise.all([
    organisationMeetingHistory(db, { networkId, organisationId }),
    organisationSerdHistory(db, { networkId, organisationId }),
    enrolmentHistory(db, { networkId, contactIds }),
  ]);
  // One line per cycle, even when several of its people enrolled.
  const cycles = [...new Map(trainings.map((t) => [t.cycleId, t])).values()];
  return byYear(meetings, serd, cycles);
}

/** A person's years: their own answers and attendance, their trainings, their organisation's SERD actions. */
export async function contactParticipation(
  db: Db,
  { networkId, contactId, organisationId }: { networkId: string; contactId: string; organisationId: string | null },
): Promise<YearOf<ContactMeeting>[]> {
  const [meetings, serd, trainings] = await Promise.all([
    contactMeetingHistory(db, { networkId, contactId }),
    organisationId ? organisationSerdHistory(db, { networkId, organisationId }) : Promise.resolve([]),
    enrolmentHistory(db, { networkId, contactIds: [contactId] }),
  ]);
  return byYear(meetings, serd, trainings);
}
