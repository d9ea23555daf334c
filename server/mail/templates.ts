import { translator } from "@/lib/i18n/messages";
import type { Role } from "@/lib/domain/enums";
import type { MailMessage } from "./mailer";
import { renderMail } from "./render";

// Mails of accounts: the invitation to a network and the password reset.

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
  return {
    to: args.to,
    subject: t("mail.invitation.subject", { network: args.networkName }),
    ...renderMail({
      paragraphs: [intro],
      links: [{ label: t("mail.invitation.action"), url: args.url }],
      after: [t("mail.invitation.expiry", { date: args.expiresAt }), t("mail.signature")],
    }),
  };
}

export function passwordResetMail(args: { locale: string; to: string; url: string }): MailMessage {
  const t = translator(args.locale);
  return {
    to: args.to,
    subject: t("mail.reset.subject"),
    ...renderMail({
      paragraphs: [t("mail.reset.intro")],
      links: [{ label: t("mail.reset.action"), url: args.url }],
      after: [t("mail.reset.ignore"), t("mail.signature")],
    }),
  };
}
