import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { contacts, events, networks, participations, trainingEnrolments, trainingModules, trainingSessions, trainingTrainers } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { translator } from "@/lib/i18n/messages";
import { hashToken, newToken } from "@/server/auth/tokens";
import type { Mailer } from "@/server/mail/mailer";
import { renderMail } from "@/server/mail/render";
import { markTrainee, type GridMark } from "./attendance";

// A trainer's personal link (no account): it opens the attendance of ONE session, until it
// expires, and nothing else. Only the token's hash is kept, on the session row; a new link
// replaces the previous one.

/** The link works from now until this long after the session ends (paper sheets filled late). */
export const trainerLinkGraceMs = 7 * 24 * 3_600_000;

export async function createTrainerLink(
  db: Db,
  scope: { networkId: string; eventId: string },
  mail: { mailer: Mailer; locale: string; appUrl: string },
): Promise<{ url: string; expiresAt: Date; emailed: boolean }> {
  const [session] = await db
    .select({ endsAt: events.endsAt, title: events.title, trainerName: trainingTrainers.name, trainerEmail: trainingTrainers.email })
    .from(trainingSessions)
    .innerJoin(events, eq(events.id, trainingSessions.eventId))
    .leftJoin(trainingTrainers, eq(trainingTrainers.id, trainingSessions.trainerId))
    .where(and(eq(trainingSessions.eventId, scope.eventId), eq(trainingSessions.networkId, scope.networkId)));
  if (!session) throw new ActionError("not_found");
  const trainerName = session.trainerName;
  if (!trainerName) throw new ActionError("conflict", "training.errors.noTrainer");
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(session.endsAt.getTime() + trainerLinkGraceMs);
  const url = `${mail.appUrl}/formateur/${token}`;
  await db.transaction(async (tx) => {
    await tx
      .update(trainingSessions)
      .set({ trainerTokenHash: tokenHash, trainerTokenExpiresAt: expiresAt })
      .where(and(eq(trainingSessions.eventId, scope.eventId), eq(trainingSessions.networkId, scope.networkId)));
    if (session.trainerEmail) {
      const t = translator(mail.locale);
      await mail.mailer.send(tx, {
        to: session.trainerEmail,
        subject: t("training.mail.trainerSubject", { title: session.title }),
        ...renderMail({
          paragraphs: [t("training.mail.greeting", { name: trainerName }), t("training.mail.trainerIntro", { title: session.title })],
          links: [{ label: t("training.mail.trainerAction"), url }],
          after: [t("mail.signature")],
        }),
      });
    }
  });
  return { url, expiresAt, emailed: Boolean(session.trainerEmail) };
}

/** The session a trainer's link opens, with its trainees and their marks; null if forged or expired. */
export async function findTrainerSession(db: Db, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  const [session] = await db
    .select({
      eventId: trainingSessions.eventId,
      networkId: trainingSessions.networkId,
      cycleId: trainingModules.cycleId,
      expiresAt: trainingSessions.trainerTokenExpiresAt,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      place: events.place,
      status: events.status,
      module: trainingModules.theme,
      networkName: networks.name,
    })
    .from(trainingSessions)
    .innerJoin(events, eq(events.id, trainingSessions.eventId))
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .innerJoin(networks, eq(networks.id, trainingSessions.networkId))
    .where(eq(trainingSessions.trainerTokenHash, hashToken(token)));
  if (!session || !session.expiresAt || session.expiresAt <= now) return null;
  const trainees = await db
    .select({ contactId: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, status: participations.status })
    .from(trainingEnrolments)
    .innerJoin(contacts, and(eq(contacts.id, trainingEnrolments.contactId), eq(contacts.networkId, trainingEnrolments.networkId)))
    .leftJoin(
      participations,
      and(eq(participations.contactId, trainingEnrolments.contactId), eq(participations.eventId, session.eventId)),
    )
    .where(
      and(
        eq(trainingEnrolments.networkId, session.networkId),
        eq(trainingEnrolments.cycleId, session.cycleId),
        eq(trainingEnrolments.status, "enrolled"),
      ),
    )
    .orderBy(asc(contacts.lastName), asc(contacts.firstName));
  return { ...session, trainees };
}
export type TrainerSession = NonNullable<Awaited<ReturnType<typeof findTrainerSession>>>;

/** A mark through the trainer's link: for the link's own session only, while it is valid. */
export async function markByTrainerLink(
  db: Db,
  input: { token: string; contactId: string; status: GridMark },
  now = new Date(),
): Promise<{ status: GridMark }> {
  const session = await findTrainerSession(db, input.token, now);
  if (!session) throw new ActionError("expired", "training.errors.trainerLinkInvalid");
  await markTrainee(
    db,
    { networkId: session.networkId, cycleId: session.cycleId, eventId: session.eventId, contactId: input.contactId, status: input.status },
    now,
  );
  return { status: input.status };
}
