// The in-memory builder of the demo meetings: events, agenda items and participations with
// answers drawn from a turnout.

import { eventAgendaItems, events, participations } from "@/db/schema";
import type { ParticipationStatus } from "@/lib/domain/enums";
import { newId, type Rng } from "./generators";

export type NewEvent = typeof events.$inferInsert;
export type NewParticipation = typeof participations.$inferInsert;
export type Person = {
  id: string;
  organisationId: string | null;
  actorType: string | null;
  isAmbassador: boolean;
};

export const DAY = 86_400_000;

/** Share of each answer among those invited, applied in this order; the rest never answered. */
export type Turnout = { present: number; late?: number; excused: number; declined?: number; absent?: number };

export class Builder {
  events: NewEvent[] = [];
  agenda: (typeof eventAgendaItems.$inferInsert)[] = [];
  participations: NewParticipation[] = [];
  constructor(
    readonly rng: Rng,
    readonly networkId: string,
  ) {}

  event(e: Omit<NewEvent, "networkId" | "id">): string {
    const id = newId();
    this.events.push({ ...e, id, networkId: this.networkId });
    return id;
  }

  items(eventId: string, items: [string, number, string | null][]) {
    items.forEach(([title, durationMinutes, speakerContactId], position) =>
      this.agenda.push({
        networkId: this.networkId,
        eventId,
        position,
        title,
        durationMinutes,
        speakerContactId,
      }),
    );
  }

  /** Invites `people` and gives them answers (and, for a held meeting, attendance) by counts. */
  invite(eventId: string, startsAt: Date, people: Person[], turnout: Turnout, held: boolean) {
    const invitedAt = new Date(startsAt.getTime() - this.rng.int(21, 30) * DAY);
    const plan: [ParticipationStatus, number][] = [
      ["present", turnout.present],
      ["late", turnout.late ?? 0],
      ["excused", turnout.excused],
      ["declined", turnout.declined ?? 0],
      ["absent", turnout.absent ?? 0],
    ];
    let i = 0;
    for (const [status, n] of plan) {
      for (const p of people.slice(i, i + n)) {
        // Before the meeting, those who will come are "registered"; attendance replaces it afterwards.
        const shown: ParticipationStatus = held
          ? status
          : status === "present" || status === "late" || status === "absent"
            ? "registered"
            : status;
        const answered = shown !== "absent" || this.rng.chance(0.7);
        this.participations.push({
          networkId: this.networkId,
          eventId,
          contactId: p.id,
          organisationId: p.organisationId,
          status: shown,
          invitedAt,
          answeredAt: answered
            ? new Date(invitedAt.getTime() + this.rng.int(1, 18) * DAY + this.rng.int(0, 600) * 60_000)
            : null,
          answerMessage: shown === "excused" && this.rng.chance(0.3) ? this.rng.pick(excuses) : null,
          checkedInAt:
            held && (status === "present" || status === "late")
              ? new Date(
                  startsAt.getTime() +
                    (status === "late" ? this.rng.int(15, 40) : -this.rng.int(0, 15)) * 60_000,
                )
              : null,
        });
      }
      i += n;
    }
    for (const p of people.slice(i)) {
      this.participations.push({
        networkId: this.networkId,
        eventId,
        contactId: p.id,
        organisationId: p.organisationId,
        status: "invited",
        invitedAt,
      });
    }
  }
}

const excuses = [
  "Retenue par un autre rendez-vous, je lirai le compte rendu.",
  "En congés ce jour-là.",
  "Conseil d'administration le même soir, désolé.",
  "Je me fais représenter par un collègue.",
];
