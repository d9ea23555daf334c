import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { describe, expect, it } from "vitest";
import { outboxMessages } from "@/db/schema";
import { testHandle as handle } from "@/test/db";
import { createMailer, smtpTransport } from "./mailer";
import { deliverDue } from "./queue";
import { passwordResetMail } from "./templates";


describe("mailer", () => {
  it("delivers through a real SMTP server when an SMTP URL is set", async () => {
    const received: { from?: string; to: string[]; raw: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as AddressInfo;
    try {
      const mailer = createMailer({
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: "Relais <relais@collectivite.test>",
      });
      expect(mailer.kind).toBe("smtp");
      await mailer.send(handle.db, {
        ...passwordResetMail({
          locale: "fr",
          to: "agent@collectivite.test",
          url: "http://relais.test/reset-password/abc",
        }),
        attachments: [
          {
            filename: "reunion.ics",
            contentType: "text/calendar",
            content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
          },
        ],
      });
      // send() queues the mail in the caller's database; the worker delivers it.
      expect(received).toHaveLength(0);
      const transport = smtpTransport(`smtp://127.0.0.1:${port}`, "Relais <relais@collectivite.test>");
      expect(await deliverDue(handle.db, transport)).toEqual({ sent: 1, failed: 0 });
      expect(received).toHaveLength(1);
      expect(received[0]!.from).toBe("relais@collectivite.test");
      expect(received[0]!.to).toEqual(["agent@collectivite.test"]);
      const parsed = await simpleParser(received[0]!.raw);
      expect(parsed.subject).toBe("Réinitialisation de votre mot de passe Relais");
      expect(parsed.text).toContain("http://relais.test/reset-password/abc");
      expect(parsed.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([
        ["reunion.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"],
      ]);
      // Sent mail is not also kept in the outbox.
      expect(await handle.db.select().from(outboxMessages)).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("keeps messages in the outbox without an SMTP URL", async () => {
    const mailer = createMailer({ from: "Relais <relais@collectivite.test>" });
    expect(mailer.kind).toBe("outbox");
    await mailer.send(handle.db, {
      ...passwordResetMail({ locale: "en", to: "agent@collectivite.test", url: "http://x.test/r/1" }),
      attachments: [{ filename: "a.ics", contentType: "text/calendar", content: "X" }],
    });
    const rows = await handle.db.select().from(outboxMessages);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      to: "agent@collectivite.test",
      subject: "Resetting your Relais password",
    });
    expect(rows[0]!.text).toContain("http://x.test/r/1");
    expect(rows[0]!.attachments).toEqual([
      { filename: "a.ics", contentType: "text/calendar", contentBase64: "WA==" },
    ]);
  });
});
