import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { mailQueue } from "@/db/schema";
import type { Db } from "@/db/types";
import { executeRows } from "@/db/execute";
import type { MailMessage } from "./mailer";

// The mail queue (docs/decisions/0023-mail-queue.md): `enqueue` writes the mail in the caller's
// transaction; `deliverDue` claims due mails with FOR UPDATE SKIP LOCKED (each mail goes to one
// worker even with several app instances), sends them, and records every attempt. A failure is
// retried with exponential backoff (1 min, 2, 4… up to 6 h) until `maxAttempts`, then "failed"
// until someone presses "renvoyer" (`retryMail`).

export const maxAttempts = 8;
export const baseBackoffMs = 60_000;
const maxBackoffMs = 6 * 60 * 60 * 1000;
/** A claimed mail whose worker died is taken again after this. */
const claimMs = 5 * 60 * 1000;

export type Transport = (message: MailMessage) => Promise<void>;

export function encodeAttachments(message: MailMessage) {
  return (message.attachments ?? []).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    contentBase64: Buffer.from(a.content).toString("base64"),
  }));
}

/** The mail_queue columns that file a mail under its network, meeting, SERD action or loan. */
export function contextColumns(message: MailMessage) {
  const c = message.context;
  return {
    networkId: c?.networkId ?? null,
    eventId: c?.eventId ?? null,
    serdActionId: c?.serdActionId ?? null,
    reservationId: c?.reservationId ?? null,
  };
}

export async function enqueue(db: Db, message: MailMessage): Promise<string> {
  const [row] = await db
    .insert(mailQueue)
    .values({
      ...contextColumns(message),
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      attachments: encodeAttachments(message),
    })
    .returning({ id: mailQueue.id });
  return row!.id;
}

export const backoffMs = (attempts: number, base = baseBackoffMs) =>
  Math.min(base * 2 ** Math.max(0, attempts - 1), maxBackoffMs);

type Claimed = typeof mailQueue.$inferSelect;

/** Claims up to `limit` due mails for this worker (skipping those another worker holds). */
async function claim(db: Db, limit: number): Promise<Claimed[]> {
  const rows = await executeRows<{ id: string }>(
    db,
    sql`update mail_queue set status = 'sending', attempts = attempts + 1,
          locked_until = now() + make_interval(secs => ${claimMs / 1000})
        where id in (
          select id from mail_queue
          where (status = 'pending' and next_attempt_at <= now())
             or (status = 'sending' and locked_until < now())
          order by next_attempt_at
          limit ${limit}
          for update skip locked)
        returning id`,
  );
  const out: Claimed[] = [];
  for (const { id } of rows) {
    const [row] = await db.select().from(mailQueue).where(eq(mailQueue.id, id));
    if (row) out.push(row);
  }
  return out;
}

function toMessage(row: Claimed): MailMessage {
  return {
    to: row.to,
    subject: row.subject,
    text: row.text,
    html: row.html ?? undefined,
    attachments: row.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.contentBase64, "base64"),
    })),
  };
}

/** Sends the due mails once; returns how many went out and how many failed this round. */
export async function deliverDue(
  db: Db,
  transport: Transport,
  { limit = 50, backoffBaseMs = baseBackoffMs }: { limit?: number; backoffBaseMs?: number } = {},
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const row of await claim(db, limit)) {
    const at = new Date().toISOString();
    try {
      await transport(toMessage(row));
      await db
        .update(mailQueue)
        .set({
          status: "sent",
          sentAt: new Date(),
          lockedUntil: null,
          lastError: null,
          attemptLog: sql`${mailQueue.attemptLog} || ${JSON.stringify([{ at, ok: true }])}::jsonb`,
        })
        .where(eq(mailQueue.id, row.id));
      sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const giveUp = row.attempts >= maxAttempts;
      await db
        .update(mailQueue)
        .set({
          status: giveUp ? "failed" : "pending",
          lockedUntil: null,
          lastError: message,
          nextAttemptAt: new Date(Date.now() + backoffMs(row.attempts, backoffBaseMs)),
          attemptLog: sql`${mailQueue.attemptLog} || ${JSON.stringify([{ at, ok: false, error: message }])}::jsonb`,
        })
        .where(eq(mailQueue.id, row.id));
      failed++;
    }
  }
  return { sent, failed };
}

/** "Renvoyer": a mail of the network goes back to the queue, due now. False when not found. */
export async function retryMail(db: Db, { networkId, id }: { networkId: string; id: string }): Promise<boolean> {
  const rows = await db
    .update(mailQueue)
    .set({ status: "pending", nextAttemptAt: new Date(), lockedUntil: null })
    .where(and(eq(mailQueue.networkId, networkId), eq(mailQueue.id, id)))
    .returning({ id: mailQueue.id });
  return rows.length > 0;
}

/** The mails of one meeting, newest first: who, when, status, last error. */
export async function listEventMails(db: Db, { networkId, eventId }: { networkId: string; eventId: string }) {
  return db
    .select({
      id: mailQueue.id,
      to: mailQueue.to,
      subject: mailQueue.subject,
      status: mailQueue.status,
      attempts: mailQueue.attempts,
      lastError: mailQueue.lastError,
      sentAt: mailQueue.sentAt,
      createdAt: mailQueue.createdAt,
    })
    .from(mailQueue)
    .where(and(eq(mailQueue.networkId, networkId), eq(mailQueue.eventId, eventId)))
    .orderBy(sql`${mailQueue.createdAt} desc`);
}
