import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { memberships, participations, trainingEnrolments, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { addWalkIn, recordCheckIn } from "@/features/meetings/mutations";
import { ActionError } from "@/lib/action-result";
import { translator } from "@/lib/i18n/messages";
import { permissionTable } from "@/server/access/permissions";
import type { Mailer } from "@/server/mail/mailer";
import { renderMail } from "@/server/mail/render";
import { listTraineeProgress, loadCycleStructure } from "./progress";

// The attendance grid of a cycle (one row per trainee, one column per session), read from and
// written to the meetings' participations: training records no attendance of its own.

type CycleScope = { networkId: string; cycleId: string };
export type GridMark = "present" | "late" | "absent";

export async function getAttendanceGrid(db: Db, scope: CycleScope & { now?: Date }) {
  const structure = await loadCycleStructure(db, scope);
  if (!structure) return null;
  const progress = await listTraineeProgress(db, scope, structure);
  const marks = structure.sessions.length
    ? await db
        .select({ eventId: participations.eventId, contactId: participations.contactId, status: participations.status })
        .from(participations)
        .where(
          and(
            eq(participations.networkId, scope.networkId),
            inArray(
              participations.eventId,
              structure.sessions.map((s) => s.eventId),
            ),
          ),
        )
    : [];
  const statusOf = new Map(marks.map((m) => [`${m.contactId}:${m.eventId}`, m.status]));
  return {
    cycle: structure.cycle,
    modules: structure.modules,
    sessions: structure.sessions,
    rows: progress.map((p) => ({
      ...p,
      marks: structure.sessions.map((s) => statusOf.get(`${p.contactId}:${s.eventId}`) ?? null),
      alert: p.absences >= structure.cycle.absenceThreshold,
    })),
  };
}
export type AttendanceGrid = NonNullable<Awaited<ReturnType<typeof getAttendanceGrid>>>;

/** The session must be one of the cycle's and the person one of its enrolled trainees. */
async function checkTraineeSession(db: Db, scope: CycleScope & { eventId: string; contactId: string }) {
  const structure = await loadCycleStructure(db, scope);
  if (!structure || !structure.sessions.some((s) => s.eventId === scope.eventId)) throw new ActionError("not_found");
  const [enrolment] = await db
    .select({ id: trainingEnrolments.id })
    .from(trainingEnrolments)
    .where(
      and(
        eq(trainingEnrolments.networkId, scope.networkId),
        eq(trainingEnrolments.cycleId, scope.cycleId),
        eq(trainingEnrolments.contactId, scope.contactId),
        eq(trainingEnrolments.status, "enrolled"),
      ),
    );
  if (!enrolment) throw new ActionError("not_found");
}

/** Marks one trainee at one session through the meetings' check-in (added to the list if missing). */
export async function markTrainee(
  db: Db,
  scope: CycleScope & { eventId: string; contactId: string; status: GridMark },
  now = new Date(),
): Promise<void> {
  await checkTraineeSession(db, scope);
  const event = { networkId: scope.networkId, eventId: scope.eventId };
  const [existing] = await db
    .select({ id: participations.id })
    .from(participations)
    .where(
      and(
        eq(participations.networkId, scope.networkId),
        eq(participations.eventId, scope.eventId),
        eq(participations.contactId, scope.contactId),
      ),
    );
  // Enrolled after the invitations went out: on the sheet as someone who came without one.
  const participationId = existing?.id ?? (await addWalkIn(db, { ...event, contactId: scope.contactId }, now)).participationId;
  await recordCheckIn(db, { ...event, participationId, status: scope.status }, now);
}

/** "Mark all present": every enrolled trainee not yet marked at the session. */
export async function markAllPresent(db: Db, scope: CycleScope & { eventId: string }, now = new Date()) {
  const grid = await getAttendanceGrid(db, scope);
  const column = grid?.sessions.findIndex((s) => s.eventId === scope.eventId) ?? -1;
  if (!grid || column < 0) throw new ActionError("not_found");
  let marked = 0;
  for (const row of grid.rows) {
    const mark = row.marks[column];
    if (mark === "present" || mark === "late" || mark === "absent" || mark === "excused") continue;
    await markTrainee(db, { ...scope, contactId: row.contactId, status: "present" }, now);
    marked++;
  }
  return { marked };
}

/** Who runs a cycle: the roles the permission table gives "training.write". */
const coordinatorRoles = permissionTable["training.write"];

/**
 * After N absences (the cycle's setting), the people who run the cycle are told by email, once
 * per trainee; the cycle's page and grid show the alert all along.
 */
export async function sendAbsenceAlerts(
  db: Db,
  scope: CycleScope,
  mail: { mailer: Mailer; locale: string; appUrl: string; networkSlug: string },
  now = new Date(),
): Promise<string[]> {
  const grid = await getAttendanceGrid(db, { ...scope, now });
  if (!grid) return [];
  const due = grid.rows.filter((r) => r.alert);
  if (due.length === 0) return [];
  const fresh = await db
    .update(trainingEnrolments)
    .set({ absenceAlertedAt: now })
    .where(
      and(
        eq(trainingEnrolments.networkId, scope.networkId),
        inArray(
          trainingEnrolments.id,
          due.map((r) => r.enrolmentId),
        ),
        isNull(trainingEnrolments.absenceAlertedAt),
      ),
    )
    .returning({ id: trainingEnrolments.id });
  if (fresh.length === 0) return [];
  const freshIds = new Set(fresh.map((f) => f.id));
  const names = due.filter((r) => freshIds.has(r.enrolmentId)).map((r) => `${r.firstName} ${r.lastName} (${r.absences})`);
  const recipients = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.networkId, scope.networkId), inArray(memberships.role, [...coordinatorRoles])));
  const t = translator(mail.locale);
  for (const r of recipients) {
    await mail.mailer.send(db, {
      to: r.email,
      subject: t("training.mail.absenceSubject", { title: grid.cycle.title }),
      ...renderMail({
        paragraphs: [t("training.mail.absenceIntro", { title: grid.cycle.title, n: grid.cycle.absenceThreshold }), names.join(", ")],
        links: [{ label: t("training.mail.absenceAction"), url: `${mail.appUrl}/n/${mail.networkSlug}/training/${scope.cycleId}/attendance` }],
        after: [t("mail.signature")],
      }),
    });
  }
  return [...freshIds];
}

