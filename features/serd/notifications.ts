import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lt, ne, or } from "drizzle-orm";
import {
  memberships,
  networks,
  organisations,
  serdActions,
  serdEditions,
  serdNotifications,
  serdNotificationSettings,
  users,
} from "@/db/schema";
import type { serdNotificationMailModes } from "@/db/schema";
import type { Db } from "@/db/types";
import { parisParts, parisToUtc } from "@/lib/domain/paris-time";
import { permissionTable } from "@/server/access/permissions";
import type { Mailer } from "@/server/mail/mailer";
import { serdDigestMail, serdSubmissionMail, type SubmissionLine } from "./mails";

// Reviewers are told when a partner submits or resubmits an action: a row per reviewer (the
// list and the badge in the app) and a mail, at once or in one digest a day (the reviewer's
// choice). The rows and the immediate mails are written in the submission's transaction.

export type MailMode = (typeof serdNotificationMailModes)[number];
export type NotifyMail = { mailer: Mailer; appUrl: string };
/** Digests go out from this Paris hour on, once a Paris day. */
export const digestHour = 7;

const reviewerRoles = permissionTable["serd.review"];

async function networkOf(db: Db, networkId: string) {
  const [row] = await db
    .select({ name: networks.name, slug: networks.slug })
    .from(networks)
    .where(eq(networks.id, networkId));
  return row!;
}

/** Records the notifications of a submission and queues the immediate mails (in `tx`). */
export async function notifyReviewers(
  tx: Db,
  args: { networkId: string; actionId: string; kind: "submitted" | "resubmitted"; byUserId: string },
  mail: NotifyMail,
  now: Date,
) {
  const { networkId } = args;
  const reviewers = await tx
    .select({ userId: memberships.userId, email: users.email, mode: serdNotificationSettings.mail })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      serdNotificationSettings,
      and(
        eq(serdNotificationSettings.networkId, memberships.networkId),
        eq(serdNotificationSettings.userId, memberships.userId),
      ),
    )
    .where(
      and(
        eq(memberships.networkId, networkId),
        inArray(memberships.role, [...reviewerRoles]),
        // A reviewer who submits needs no word of their own act.
        ne(memberships.userId, args.byUserId),
      ),
    );
  if (reviewers.length === 0) return 0;
  const immediate = reviewers.filter((r) => (r.mode ?? "immediate") === "immediate");
  await tx.insert(serdNotifications).values(
    reviewers.map((r) => ({
      networkId,
      userId: r.userId,
      actionId: args.actionId,
      kind: args.kind,
      byUserId: args.byUserId,
      createdAt: now,
      // "off": nothing will be mailed; "daily": the digest sets it.
      mailedAt: (r.mode ?? "immediate") === "daily" ? null : now,
    })),
  );
  if (immediate.length) {
    const [line] = await submissionLines(tx, networkId, [args.actionId]);
    const network = await networkOf(tx, networkId);
    for (const r of immediate)
      await mail.mailer.send(
        tx,
        serdSubmissionMail({
          locale: "fr",
          to: r.email,
          networkName: network.name,
          line: { ...line!, kind: args.kind },
          base: `${mail.appUrl}/n/${network.slug}/serd`,
          context: { networkId },
        }),
      );
  }
  return reviewers.length;
}

async function submissionLines(db: Db, networkId: string, actionIds: string[]) {
  return db
    .select({
      actionId: serdActions.id,
      title: serdActions.title,
      organisation: organisations.name,
      year: serdEditions.year,
    })
    .from(serdActions)
    .innerJoin(organisations, eq(organisations.id, serdActions.leadOrganisationId))
    .innerJoin(serdEditions, eq(serdEditions.id, serdActions.editionId))
    .where(and(eq(serdActions.networkId, networkId), inArray(serdActions.id, actionIds)));
}

type Scope = { networkId: string; userId: string };

/** A reviewer's notifications, newest first. */
export async function listNotifications(db: Db, { networkId, userId, limit = 100 }: Scope & { limit?: number }) {
  return db
    .select({
      id: serdNotifications.id,
      kind: serdNotifications.kind,
      createdAt: serdNotifications.createdAt,
      readAt: serdNotifications.readAt,
      actionId: serdActions.id,
      title: serdActions.title,
      status: serdActions.status,
      organisation: organisations.name,
      year: serdEditions.year,
    })
    .from(serdNotifications)
    .innerJoin(serdActions, eq(serdActions.id, serdNotifications.actionId))
    .innerJoin(organisations, eq(organisations.id, serdActions.leadOrganisationId))
    .innerJoin(serdEditions, eq(serdEditions.id, serdActions.editionId))
    .where(and(eq(serdNotifications.networkId, networkId), eq(serdNotifications.userId, userId)))
    .orderBy(desc(serdNotifications.createdAt))
    .limit(limit);
}

/** The badge: how many notifications the reviewer has not read. */
export async function countUnreadNotifications(db: Db, { networkId, userId }: Scope) {
  const [row] = await db
    .select({ n: count() })
    .from(serdNotifications)
    .where(
      and(
        eq(serdNotifications.networkId, networkId),
        eq(serdNotifications.userId, userId),
        isNull(serdNotifications.readAt),
      ),
    );
  return row?.n ?? 0;
}

/** Marks the reviewer's notifications read: those of one action, or all. */
export async function markNotificationsRead(
  db: Db,
  { networkId, userId, actionId }: Scope & { actionId?: string },
  now = new Date(),
) {
  const rows = await db
    .update(serdNotifications)
    .set({ readAt: now })
    .where(
      and(
        eq(serdNotifications.networkId, networkId),
        eq(serdNotifications.userId, userId),
        isNull(serdNotifications.readAt),
        actionId ? eq(serdNotifications.actionId, actionId) : undefined,
      ),
    )
    .returning({ id: serdNotifications.id });
  return { marked: rows.length };
}

export async function mailModeOf(db: Db, { networkId, userId }: Scope): Promise<MailMode> {
  const [row] = await db
    .select({ mail: serdNotificationSettings.mail })
    .from(serdNotificationSettings)
    .where(and(eq(serdNotificationSettings.networkId, networkId), eq(serdNotificationSettings.userId, userId)));
  return row?.mail ?? "immediate";
}

export async function setMailMode(db: Db, { networkId, userId }: Scope, mail: MailMode) {
  await db
    .insert(serdNotificationSettings)
    .values({ networkId, userId, mail })
    .onConflictDoUpdate({
      target: [serdNotificationSettings.networkId, serdNotificationSettings.userId],
      set: { mail },
    });
  return { mail };
}

/**
 * Queues one digest per reviewer who chose "daily" and has submissions not yet mailed, once a
 * Paris day from `digestHour` on. Several runs at once send each digest once: the reviewer's
 * settings row is claimed by a conditional update before anything is read.
 */
export async function sendDailyDigests(db: Db, mail: NotifyMail, now = new Date()) {
  const p = parisParts(now);
  if (p.hour < digestHour) return { sent: 0 };
  const dayStart = parisToUtc(p.year, p.month, p.day);
  const due = await db
    .selectDistinct({ networkId: serdNotificationSettings.networkId, userId: serdNotificationSettings.userId })
    .from(serdNotificationSettings)
    .innerJoin(
      serdNotifications,
      and(
        eq(serdNotifications.networkId, serdNotificationSettings.networkId),
        eq(serdNotifications.userId, serdNotificationSettings.userId),
        isNull(serdNotifications.mailedAt),
      ),
    )
    .where(
      and(
        eq(serdNotificationSettings.mail, "daily"),
        or(isNull(serdNotificationSettings.lastDigestAt), lt(serdNotificationSettings.lastDigestAt, dayStart)),
      ),
    );
  let sent = 0;
  for (const reviewer of due) {
    const done = await db.transaction(async (tx) => {
      const claimed = await tx
        .update(serdNotificationSettings)
        .set({ lastDigestAt: now })
        .where(
          and(
            eq(serdNotificationSettings.networkId, reviewer.networkId),
            eq(serdNotificationSettings.userId, reviewer.userId),
            eq(serdNotificationSettings.mail, "daily"),
            or(isNull(serdNotificationSettings.lastDigestAt), lt(serdNotificationSettings.lastDigestAt, dayStart)),
          ),
        )
        .returning({ userId: serdNotificationSettings.userId });
      if (claimed.length === 0) return false;
      const pending = await tx
        .select({ id: serdNotifications.id, actionId: serdNotifications.actionId, kind: serdNotifications.kind })
        .from(serdNotifications)
        .where(
          and(
            eq(serdNotifications.networkId, reviewer.networkId),
            eq(serdNotifications.userId, reviewer.userId),
            isNull(serdNotifications.mailedAt),
          ),
        )
        .orderBy(asc(serdNotifications.createdAt));
      if (pending.length === 0) return false;
      const details = new Map(
        (await submissionLines(tx, reviewer.networkId, [...new Set(pending.map((n) => n.actionId))])).map((l) => [
          l.actionId,
          l,
        ]),
      );
      const lines: SubmissionLine[] = pending.map((n) => ({ ...details.get(n.actionId)!, kind: n.kind }));
      const [to] = await tx.select({ email: users.email }).from(users).where(eq(users.id, reviewer.userId));
      const network = await networkOf(tx, reviewer.networkId);
      await mail.mailer.send(
        tx,
        serdDigestMail({
          locale: "fr",
          to: to!.email,
          networkName: network.name,
          lines,
          base: `${mail.appUrl}/n/${network.slug}/serd`,
          context: { networkId: reviewer.networkId },
        }),
      );
      await tx
        .update(serdNotifications)
        .set({ mailedAt: now })
        .where(inArray(serdNotifications.id, pending.map((n) => n.id)));
      return true;
    });
    if (done) sent += 1;
  }
  return { sent };
}
