import "server-only";
import nodemailer from "nodemailer";
import { outboxMessages } from "@/db/schema";
import type { Db } from "@/db/types";
import { env } from "@/server/env";

export type MailAttachment = { filename: string; contentType: string; content: string | Buffer };
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
};
export type Mailer = { kind: "smtp" | "outbox"; send: (db: Db, message: MailMessage) => Promise<void> };

/**
 * With an SMTP URL, messages go out through nodemailer; without one (development, tests) they
 * are kept in the outbox table, which the platform administrator and the tests read.
 */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: "smtp",
      send: async (_db, m) => {
        await transport.sendMail({
          from: options.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
          attachments: m.attachments?.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content,
          })),
        });
      },
    };
  }
  return {
    kind: "outbox",
    send: async (db, m) => {
      await db.insert(outboxMessages).values({
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html ?? null,
        attachments: (m.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          contentBase64: Buffer.from(a.content).toString("base64"),
        })),
      });
    },
  };
}

let mailer: Mailer | undefined;
export function getMailer(): Mailer {
  mailer ??= createMailer({ smtpUrl: env().SMTP_URL, from: env().MAIL_FROM });
  return mailer;
}
