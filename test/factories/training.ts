import type { Db } from "@/db/types";
import { recordCheckIn } from "@/features/meetings/attendance/mutations";
import { createCycle, createModule, createSession } from "@/features/training/mutations";
import { parisInstant } from "@/lib/domain/paris-time";
import { insertParticipation } from "./meetings";

/** A cycle with one module per entry and one session per date ("2026-03-02") of that module. */
export async function buildCycle(
  db: Db,
  args: {
    networkId: string;
    startsOn: string;
    endsOn: string;
    capacity?: number | null;
    completionRule?: "every_module" | "hours_percent";
    completionPercent?: number | null;
    modules: { theme: string; plannedHours: number; sessions: string[] }[];
  },
) {
  const scope = { networkId: args.networkId, userId: null };
  const cycle = await createCycle(db, scope, {
    title: "Formation des acteurs relais",
    description: null,
    objectives: "Savoir animer un atelier de prévention.",
    startsOn: args.startsOn,
    endsOn: args.endsOn,
    capacity: args.capacity ?? null,
    completionRule: args.completionRule ?? "every_module",
    completionPercent: args.completionPercent ?? null,
    absenceThreshold: 2,
    status: "open",
  });
  const modules: { id: string; sessions: string[] }[] = [];
  for (const m of args.modules) {
    const mod = await createModule(db, scope, {
      cycleId: cycle.id,
      theme: m.theme,
      objectives: null,
      designDays: 2,
      plannedHours: m.plannedHours,
    });
    const sessions: string[] = [];
    for (const day of m.sessions) {
      const s = await createSession(db, scope, {
        moduleId: mod.id,
        kind: "theory",
        trainerId: null,
        title: `${m.theme} — séance`,
        startsAt: parisInstant(day, "09:00"),
        endsAt: parisInstant(day, "12:00"),
        place: "Maison de l'environnement",
        address: null,
        communeId: null,
        siteType: null,
        capacity: null,
        description: null,
      });
      sessions.push(s.id);
    }
    modules.push({ id: mod.id, sessions });
  }
  return { id: cycle.id, modules };
}

/** Records a trainee's attendance at a past session through the meetings' check-in. */
export async function markAttendance(
  db: Db,
  args: { networkId: string; eventId: string; contactId: string; organisationId?: string | null; status: "present" | "late" | "absent" },
) {
  const p = await insertParticipation(db, {
    networkId: args.networkId,
    eventId: args.eventId,
    contactId: args.contactId,
    organisationId: args.organisationId ?? null,
    status: "registered",
  });
  await recordCheckIn(db, { networkId: args.networkId, eventId: args.eventId, participationId: p.id, status: args.status });
}
