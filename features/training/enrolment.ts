import "server-only";
import { and, asc, count, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import {
  contacts,
  events,
  trainingCycles,
  trainingEnrolments,
  trainingModules,
  trainingSessions,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { segmentContactsWhere } from "@/features/directory/queries";
import { inviteToEvent, withdrawInvitations } from "@/features/meetings/mutations";
import { ActionError } from "@/lib/action-result";
import { translator } from "@/lib/i18n/messages";
import type { Mailer } from "@/server/mail/mailer";
import { renderMail } from "@/server/mail/render";
import type { EnrolInput } from "./schemas";

// THE cohort seat count. Every change of who holds a seat of a cycle (enrolment, cancellation,
// an accepted request) runs in a transaction that first locks the cycle row: changes to one cycle
// are serialised, so the enrolled count never passes the capacity under concurrent requests.

type CycleScope = { networkId: string; cycleId: string };
type MailArgs = { mailer: Mailer; locale: string; appUrl: string; now?: Date };

export type EnrolResult = { enrolled: number; waiting: number; already: number; skipped: number };

async function lockCycle(tx: Db, { networkId, cycleId }: CycleScope) {
  const [cycle] = await tx
    .select({ id: trainingCycles.id, capacity: trainingCycles.capacity, title: trainingCycles.title })
    .from(trainingCycles)
    .where(and(eq(trainingCycles.id, cycleId), eq(trainingCycles.networkId, networkId)))
    .for("update");
  if (!cycle) throw new ActionError("not_found");
  return cycle;
}

async function enrolledCount(tx: Db, { networkId, cycleId }: CycleScope): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(trainingEnrolments)
    .where(
      and(
        eq(trainingEnrolments.networkId, networkId),
        eq(trainingEnrolments.cycleId, cycleId),
        eq(trainingEnrolments.status, "enrolled"),
      ),
    );
  return row?.n ?? 0;
}

/** The people picked by hand (all must be the network's) and those of a saved segment. */
async function resolveContacts(db: Db, networkId: string, input: EnrolInput) {
  const columns = { id: contacts.id, archivedAt: contacts.archivedAt, erasedAt: contacts.erasedAt };
  const byId = new Map<string, { id: string; archivedAt: Date | null; erasedAt: Date | null }>();
  const select = (where: SQL | undefined) => db.select(columns).from(contacts).where(where);
  if (input.contactIds.length) {
    const rows = await select(and(eq(contacts.networkId, networkId), inArray(contacts.id, input.contactIds)));
    if (rows.length !== input.contactIds.length) throw new ActionError("not_found");
    rows.forEach((r) => byId.set(r.id, r));
  }
  if (input.segmentId) {
    const where = await segmentContactsWhere(db, { networkId, segmentId: input.segmentId });
    if (!where) throw new ActionError("not_found");
    (await select(where)).forEach((r) => byId.set(r.id, r));
  }
  return [...byId.values()];
}

/**
 * Gives free seats to the waiting list, first come first served, in the caller's transaction
 * (which holds the cycle lock). Returns the contacts promoted.
 */
async function fillCohort(tx: Db, cycle: { id: string; capacity: number | null }, scope: CycleScope, now: Date) {
  const free = cycle.capacity === null ? null : cycle.capacity - (await enrolledCount(tx, scope));
  if (free !== null && free <= 0) return [];
  const waiting = tx
    .select({ id: trainingEnrolments.id, contactId: trainingEnrolments.contactId })
    .from(trainingEnrolments)
    .where(
      and(
        eq(trainingEnrolments.networkId, scope.networkId),
        eq(trainingEnrolments.cycleId, scope.cycleId),
        eq(trainingEnrolments.status, "waiting"),
      ),
    )
    .orderBy(asc(trainingEnrolments.waitingSince), asc(trainingEnrolments.id));
  const first = await (free === null ? waiting : waiting.limit(free));
  if (first.length === 0) return [];
  await tx
    .update(trainingEnrolments)
    .set({ status: "enrolled", enrolledAt: now })
    .where(
      and(
        eq(trainingEnrolments.networkId, scope.networkId),
        inArray(
          trainingEnrolments.id,
          first.map((r) => r.id),
        ),
      ),
    );
  return first.map((r) => r.contactId);
}

/** The cycle's sessions still to come (planned, not started). */
async function upcomingSessionIds(db: Db, scope: CycleScope, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: events.id })
    .from(trainingSessions)
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .innerJoin(events, eq(events.id, trainingSessions.eventId))
    .where(
      and(
        eq(trainingSessions.networkId, scope.networkId),
        eq(trainingModules.cycleId, scope.cycleId),
        eq(events.status, "planned"),
        gt(events.startsAt, now),
      ),
    );
  return rows.map((r) => r.id);
}

/** Enrolling invites the person to the cycle's sessions still to come (the meetings' invitations). */
async function inviteToSessions(db: Db, scope: CycleScope, contactIds: string[], mail: MailArgs) {
  if (contactIds.length === 0) return;
  const now = mail.now ?? new Date();
  for (const id of await upcomingSessionIds(db, scope, now)) {
    await inviteToEvent(db, mail.mailer, {
      networkId: scope.networkId,
      input: { eventId: id, contactIds, organisationId: null, segmentId: null },
      locale: mail.locale,
      appUrl: mail.appUrl,
      now,
    });
  }
}

/** Enrols people by hand or from a segment: a seat each while there are some, then the waiting list. */
export async function enrolContacts(
  db: Db,
  scope: { networkId: string },
  input: EnrolInput,
  mail: MailArgs,
): Promise<EnrolResult> {
  const now = mail.now ?? new Date();
  const cycleScope = { networkId: scope.networkId, cycleId: input.cycleId };
  const people = await resolveContacts(db, scope.networkId, input);
  const result: EnrolResult = { enrolled: 0, waiting: 0, already: 0, skipped: 0 };
  const active = people.filter((p) => !p.erasedAt && !p.archivedAt);
  result.skipped = people.length - active.length;
  // One person picked by hand who cannot be enrolled is a field error, not a silent skip.
  if (input.contactIds.length === 1 && !input.segmentId && result.skipped === 1)
    throw new ActionError("invalid_input", "errors.invalid_input", { contactIds: "training.errors.contactInactive" });
  const enrolledIds = await db.transaction(async (tx) => {
    const cycle = await lockCycle(tx, cycleScope);
    let free = cycle.capacity === null ? Infinity : cycle.capacity - (await enrolledCount(tx, cycleScope));
    const out: string[] = [];
    for (const p of active) {
      const seat = free > 0;
      const [row] = await tx
        .insert(trainingEnrolments)
        .values({
          networkId: scope.networkId,
          cycleId: input.cycleId,
          contactId: p.id,
          status: seat ? "enrolled" : "waiting",
          enrolledAt: seat ? now : null,
          waitingSince: seat ? null : now,
        })
        .onConflictDoNothing({ target: [trainingEnrolments.cycleId, trainingEnrolments.contactId] })
        .returning({ id: trainingEnrolments.id });
      if (!row) result.already++;
      else if (seat) {
        free--;
        result.enrolled++;
        out.push(p.id);
      } else result.waiting++;
    }
    return out;
  });
  if (input.contactIds.length === 1 && !input.segmentId && result.already === 1)
    throw new ActionError("conflict", "training.errors.alreadyEnrolled");
  await inviteToSessions(db, cycleScope, enrolledIds, mail);
  return result;
}

function promotionMail(locale: string, to: string, firstName: string, title: string) {
  const t = translator(locale);
  return {
    to,
    subject: t("training.mail.promotionSubject", { title }),
    ...renderMail({
      paragraphs: [t("training.mail.greeting", { name: firstName }), t("training.mail.promotionIntro", { title })],
      after: [t("mail.signature")],
    }),
  };
}

/** Tells the promoted people by email and invites them to the sessions to come. */
async function notifyPromoted(db: Db, scope: CycleScope, title: string, contactIds: string[], mail: MailArgs) {
  if (contactIds.length === 0) return;
  const people = await db
    .select({ email: contacts.email, firstName: contacts.firstName })
    .from(contacts)
    .where(and(eq(contacts.networkId, scope.networkId), inArray(contacts.id, contactIds), isNull(contacts.erasedAt)));
  for (const p of people) {
    if (!p.email) continue;
    try {
      await mail.mailer.send(db, promotionMail(mail.locale, p.email, p.firstName, title));
    } catch (error) {
      // The seat is given either way; the coordinator sees it on the cycle page.
      console.error("[training] promotion mail failed", error);
    }
  }
  await inviteToSessions(db, scope, contactIds, mail);
}

/** Cancels an enrolment; a seat it freed goes to the first waiting person, who is emailed. */
export async function cancelEnrolment(
  db: Db,
  scope: { networkId: string },
  input: { enrolmentId: string },
  mail: MailArgs,
): Promise<{ promoted: string[] }> {
  const now = mail.now ?? new Date();
  const { cycleScope, promoted, title, contactId } = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ cycleId: trainingEnrolments.cycleId, contactId: trainingEnrolments.contactId })
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.id, input.enrolmentId), eq(trainingEnrolments.networkId, scope.networkId)));
    if (!row) throw new ActionError("not_found");
    const cycleScope = { networkId: scope.networkId, cycleId: row.cycleId };
    const cycle = await lockCycle(tx, cycleScope);
    const [before] = await tx
      .update(trainingEnrolments)
      .set({ status: "cancelled", waitingSince: null })
      .where(
        and(
          eq(trainingEnrolments.id, input.enrolmentId),
          eq(trainingEnrolments.networkId, scope.networkId),
          inArray(trainingEnrolments.status, ["enrolled", "waiting", "requested"]),
        ),
      )
      .returning({ id: trainingEnrolments.id });
    if (!before) throw new ActionError("conflict", "training.errors.notActive");
    return {
      cycleScope,
      promoted: await fillCohort(tx, cycle, cycleScope, now),
      title: cycle.title,
      contactId: row.contactId,
    };
  });
  // The person is no longer expected at the sessions to come: their invitations are withdrawn
  // (a seat they held in a session goes to that session's waiting list).
  await withdrawInvitations(db, mail.mailer, {
    networkId: scope.networkId,
    eventIds: await upcomingSessionIds(db, cycleScope, now),
    contactId,
    locale: mail.locale,
    now,
  });
  await notifyPromoted(db, cycleScope, title, promoted, mail);
  return { promoted };
}

/** A person's own request from the cycle's link: no seat until the coordinator accepts it. */
export async function requestEnrolment(
  db: Db,
  scope: CycleScope,
  contactId: string,
  now = new Date(),
): Promise<{ status: string }> {
  const [row] = await db
    .insert(trainingEnrolments)
    .values({ networkId: scope.networkId, cycleId: scope.cycleId, contactId, status: "requested", waitingSince: now })
    .onConflictDoNothing({ target: [trainingEnrolments.cycleId, trainingEnrolments.contactId] })
    .returning({ status: trainingEnrolments.status });
  if (!row) throw new ActionError("conflict", "training.errors.alreadyEnrolled");
  return row;
}

/** Accepts (a seat, or the waiting list) or refuses a request. */
export async function decideRequest(
  db: Db,
  scope: { networkId: string },
  input: { enrolmentId: string; accept: boolean },
  mail: MailArgs,
): Promise<{ status: "enrolled" | "waiting" | "refused" }> {
  const now = mail.now ?? new Date();
  const out = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ cycleId: trainingEnrolments.cycleId, contactId: trainingEnrolments.contactId, status: trainingEnrolments.status })
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.id, input.enrolmentId), eq(trainingEnrolments.networkId, scope.networkId)));
    if (!row) throw new ActionError("not_found");
    const cycleScope = { networkId: scope.networkId, cycleId: row.cycleId };
    const cycle = await lockCycle(tx, cycleScope);
    if (row.status !== "requested") throw new ActionError("conflict", "training.errors.notRequested");
    const status: "enrolled" | "waiting" | "refused" = !input.accept
      ? "refused"
      : cycle.capacity === null || (await enrolledCount(tx, cycleScope)) < cycle.capacity
        ? "enrolled"
        : "waiting";
    await tx
      .update(trainingEnrolments)
      .set({
        status,
        enrolledAt: status === "enrolled" ? now : null,
        // The request's time keeps its place in the queue.
        waitingSince: status === "waiting" ? sql`coalesce(${trainingEnrolments.waitingSince}, ${now})` : null,
      })
      .where(eq(trainingEnrolments.id, input.enrolmentId));
    return { status, cycleScope, contactId: row.contactId };
  });
  if (out.status === "enrolled") await inviteToSessions(db, out.cycleScope, [out.contactId], mail);
  return { status: out.status };
}
