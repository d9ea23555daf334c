import { translator } from "@/lib/i18n/messages";
import type { MailMessage } from "@/server/mail/mailer";
import { renderMail } from "@/server/mail/render";

// Mails of the SERD review, laid out by server/mail/render.ts.

export type ReviewStep = "submitted" | "changes_requested" | "labelled" | "rejected" | "comment";

/** Tells an action's author what happened to it, with the reviewer's comment if any. */
export function serdReviewMail(args: {
  locale: string;
  to: string;
  networkName: string;
  actionTitle: string;
  step: ReviewStep;
  comment: string | null;
  url: string;
}): MailMessage {
  const t = translator(args.locale);
  const intro = t(`serd.mail.${args.step}`, { title: args.actionTitle, network: args.networkName });
  const comment = args.comment ? `${t("serd.mail.commentLabel")}\n${args.comment}` : null;
  return {
    to: args.to,
    subject: t("serd.mail.subject", { title: args.actionTitle.slice(0, 80), network: args.networkName }),
    ...renderMail({
      paragraphs: [intro, ...(comment ? [comment] : [])],
      links: [{ label: t("serd.mail.action"), url: args.url }],
      after: [t("mail.signature")],
    }),
  };
}
