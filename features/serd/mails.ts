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

/** One submission told to a reviewer. */
export type SubmissionLine = {
  actionId: string;
  title: string;
  organisation: string;
  year: number;
  kind: "submitted" | "resubmitted";
};

const lineText = (t: ReturnType<typeof translator>, l: SubmissionLine) =>
  t(`serd.notifications.mail.${l.kind}`, { title: l.title, organisation: l.organisation, year: l.year });

/** Tells a reviewer that a partner submitted (or resubmitted) an action. */
export function serdSubmissionMail(args: {
  locale: string;
  to: string;
  networkName: string;
  line: SubmissionLine;
  /** The network's SERD address: …/n/<slug>/serd */
  base: string;
  context: { networkId: string };
}): MailMessage {
  const t = translator(args.locale);
  return {
    to: args.to,
    context: args.context,
    subject: t(`serd.notifications.mail.subject.${args.line.kind}`, {
      title: args.line.title.slice(0, 80),
      network: args.networkName,
    }),
    ...renderMail({
      paragraphs: [lineText(t, args.line)],
      links: [
        { label: t("serd.notifications.mail.review"), url: `${args.base}/actions/${args.line.actionId}` },
        { label: t("serd.notifications.mail.settings"), url: `${args.base}/notifications` },
      ],
      after: [t("mail.signature")],
    }),
  };
}

/** A reviewer's daily digest: every submission since the last one. */
export function serdDigestMail(args: {
  locale: string;
  to: string;
  networkName: string;
  lines: SubmissionLine[];
  base: string;
  context: { networkId: string };
}): MailMessage {
  const t = translator(args.locale);
  return {
    to: args.to,
    context: args.context,
    subject: t("serd.notifications.mail.digestSubject", { count: args.lines.length, network: args.networkName }),
    ...renderMail({
      paragraphs: [
        t("serd.notifications.mail.digestIntro", { count: args.lines.length, network: args.networkName }),
      ],
      links: [
        ...args.lines.map((l) => ({ label: lineText(t, l), url: `${args.base}/actions/${l.actionId}` })),
        { label: t("serd.notifications.mail.settings"), url: `${args.base}/notifications` },
      ],
      after: [t("mail.signature")],
    }),
  };
}
