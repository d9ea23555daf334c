import "server-only";
import nodemailer from "nodemailer";
import { getDb } from "@/db/client";
import { mailQueue, outboxMessages } from "@/db/schema";
import type { Db } from "@/db/types";
import { env } from "@/server/env";
import { contextColumns, deliverDue, encodeAttachments, enqueue, type Transport } from "./queue";

export type MailAttachment = { filename: string; contentType: string; content: string | Buffer };
export type MailContext = { networkId: string; eventId?: string; serdActionId?: string; reservationId?: string };
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /**
   * What the mail belongs to: its network, and the meeting (its mailing log), SERD action or
   * tool reservation (loan) that caused it.
   */
  context?: MailContext;
};
export type Mailer = { kind: "smtp" | "outbox"; send: (db: Db, message: MailMessage) => Promise<void> };

/** Sends one message through an SMTP server (the queue's worker calls it). */
export function smtpTransport(smtpUrl: string, from: string): Transport {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (m) => {
    await transport.sendMail({
      from,
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      attachments: m.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    });
  };
}

/**
 * `send(db, message)` writes the mail in `db` — pass the transaction of the change that causes
 * it — so that a mail is never lost nor sent for a change that was rolled back.
 * With an SMTP URL, it is queued (server/mail/queue.ts) and a worker sends it, with retries; a
 * delivery is attempted shortly after the call. Without one (development, tests), it is kept in
 * the outbox table at once, which the platform administrator and the tests read, and logged as
 * sent in the queue (the meeting's mailing log shows it).
 */
export function createMailer(options: { smtpUrl?: string; from: string; db?: () => Db }): Mailer {
  if (options.smtpUrl) {
    const transport = smtpTransport(options.smtpUrl, options.from);
    return {
      kind: "smtp",
      send: async (db, m) => {
        await enqueue(db, m);
        if (options.db) scheduleDelivery(options.db, transport);
      },
    };
  }
  return {
    kind: "outbox",
    send: async (db, m) => {
      const attachments = encodeAttachments(m);
      await db.insert(outboxMessages).values({ to: m.to, subject: m.subject, text: m.text, html: m.html ?? null, attachments });
      const now = new Date();
      await db.insert(mailQueue).values({
        ...contextColumns(m),
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html ?? null,
        attachments,
        status: "sent",
        attempts: 1,
        sentAt: now,
        attemptLog: [{ at: now.toISOString(), ok: true }],
      });
    },
  };
}

// One delivery round shortly after mails were queued (after the caller's transaction commits,
// in all likelihood); the periodic job (startMailJob) picks up anything this one missed.
let pending: ReturnType<typeof setTimeout> | undefined;
function scheduleDelivery(db: () => Db, transport: Transport): void {
  if (pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    deliverDue(db(), transport).catch((error: unknown) => console.error("[relais] mail delivery failed", error));
  }, 1000);
  pending.unref();
}

let mailer: Mailer | undefined;
export function getMailer(): Mailer {
  mailer ??= createMailer({
    smtpUrl: env().SMTP_URL,
    from: env().MAIL_FROM,
    db: getDb,
  });
  return mailer;
}

/** The worker's transport for this deployment; null without SMTP_URL (the outbox needs none). */
export function deploymentTransport(): Transport | null {
  return env().SMTP_URL ? smtpTransport(env().SMTP_URL!, env().MAIL_FROM) : null;
}
