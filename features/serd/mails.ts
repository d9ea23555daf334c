import { translator } from "@/lib/i18n/messages";
import type { MailMessage } from "@/server/mail/mailer";

// Mails of the SERD review, plain text first (HTML is a simple rendering of it).

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

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
  const action = t("serd.mail.action");
  const paragraphs = [intro, ...(comment ? [comment] : [])];
  return {
    to: args.to,
    subject: t("serd.mail.subject", { title: args.actionTitle.slice(0, 80), network: args.networkName }),
    text: [...paragraphs, `${action}\n${args.url}`, t("mail.signature")].join("\n\n"),
    html: [
      ...paragraphs.map((p) => `<p style="white-space:pre-line">${esc(p)}</p>`),
      `<p><a href="${esc(args.url)}">${esc(action)}</a></p>`,
    ].join("\n"),
  };
}
