import { translator } from "@/lib/i18n/messages";
import type { Role } from "@/lib/domain/enums";
import type { MailMessage } from "./mailer";

// Plain-text first: these mails must read well in any client. HTML is a simple rendering of it.
function html(paragraphs: string[], link: { url: string; label: string }): string {
  const esc = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
  return [
    ...paragraphs.map((p) => `<p>${esc(p)}</p>`),
    `<p><a href="${esc(link.url)}">${esc(link.label)}</a></p>`,
  ].join("\n");
}

export function invitationMail(args: {
  locale: string;
  to: string;
  networkName: string;
  inviterName: string | null;
  role: Role;
  url: string;
  expiresAt: Date;
}): MailMessage {
  const t = translator(args.locale);
  const role = t(`roles.${args.role}`);
  const intro = args.inviterName
    ? t("mail.invitation.introBy", { inviter: args.inviterName, network: args.networkName, role })
    : t("mail.invitation.intro", { network: args.networkName, role });
  const expiry = t("mail.invitation.expiry", { date: args.expiresAt });
  const action = t("mail.invitation.action");
  return {
    to: args.to,
    subject: t("mail.invitation.subject", { network: args.networkName }),
    text: `${intro}\n\n${action}\n${args.url}\n\n${expiry}\n\n${t("mail.signature")}`,
    html: html([intro, expiry], { url: args.url, label: action }),
  };
}

export function passwordResetMail(args: { locale: string; to: string; url: string }): MailMessage {
  const t = translator(args.locale);
  const intro = t("mail.reset.intro");
  const action = t("mail.reset.action");
  const ignore = t("mail.reset.ignore");
  return {
    to: args.to,
    subject: t("mail.reset.subject"),
    text: `${intro}\n\n${action}\n${args.url}\n\n${ignore}\n\n${t("mail.signature")}`,
    html: html([intro, ignore], { url: args.url, label: action }),
  };
}
