import { parisDateKey } from "@/lib/domain/paris-time";
import { translator } from "@/lib/i18n/messages";
import type { MailAttachment, MailMessage } from "@/server/mail/mailer";
import { locationOf, type EventDetails } from "./event-details";

// Plain text first: these mails must read well in any client; the HTML is a simple rendering of
// the same paragraphs. Dates and times in Europe/Paris (the translator's time zone).

type T = ReturnType<typeof translator>;
type Link = { label: string; url: string };

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function render(paragraphs: string[], links: Link[] = [], after: string[] = []) {
  const text = [
    ...paragraphs,
    ...(links.length ? [links.map((l) => `${l.label}\n${l.url}`).join("\n\n")] : []),
    ...after,
  ].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${esc(p).replace(/\n/g, "<br>")}</p>`),
    ...(links.length
      ? [`<ul>${links.map((l) => `<li><a href="${esc(l.url)}">${esc(l.label)}</a></li>`).join("")}</ul>`]
      : []),
    ...after.map((p) => `<p>${esc(p).replace(/\n/g, "<br>")}</p>`),
  ].join("\n");
  return { text, html };
}

/** "jeudi 12 mars 2026 de 18:00 à 20:00", or the two dates when it spans several days. */
export function whenOf(t: T, e: Pick<EventDetails, "startsAt" | "endsAt">): string {
  return parisDateKey(e.startsAt) === parisDateKey(e.endsAt)
    ? t("rsvp.mail.when", { start: e.startsAt, end: e.endsAt })
    : t("rsvp.mail.whenMultiDay", { start: e.startsAt, end: e.endsAt });
}

/** The lines every mail about an event carries: date, place or link, agenda. */
function detailsOf(t: T, e: EventDetails): string[] {
  const lines = [t("rsvp.mail.dateLine", { when: whenOf(t, e) })];
  const location = locationOf(e);
  if (location) lines.push(t("rsvp.mail.placeLine", { place: location }));
  if (e.onlineUrl) lines.push(t("rsvp.mail.onlineLine", { url: e.onlineUrl }));
  const out = [lines.join("\n")];
  if (e.agenda.length) {
    const items = e.agenda.map(
      (a) =>
        `– ${a.title}` +
        (a.durationMinutes ? t("rsvp.mail.agendaDuration", { minutes: a.durationMinutes }) : "") +
        (a.speaker ? t("rsvp.mail.agendaSpeaker", { speaker: a.speaker }) : ""),
    );
    out.push(`${t("rsvp.mail.agendaTitle")}\n${items.join("\n")}`);
  }
  if (e.description) out.push(e.description);
  return out;
}

export function invitationMail(args: {
  locale: string;
  to: string;
  firstName: string;
  event: EventDetails;
  rsvpUrl: string;
  ics: MailAttachment;
}): MailMessage {
  const t = translator(args.locale);
  const { event: e, rsvpUrl } = args;
  const links: Link[] = [
    { label: t("rsvp.mail.yes"), url: `${rsvpUrl}?answer=yes` },
    { label: t("rsvp.mail.no"), url: `${rsvpUrl}?answer=no` },
    { label: t("rsvp.mail.excused"), url: `${rsvpUrl}?answer=excused` },
    { label: t("rsvp.mail.calendar"), url: `${rsvpUrl}/ics` },
  ];
  const body = render(
    [
      t("rsvp.mail.greeting", { name: args.firstName }),
      t("rsvp.mail.invitationIntro", { network: e.networkName, title: e.title }),
      ...detailsOf(t, e),
      t("rsvp.mail.answerIntro"),
    ],
    links,
    [t("rsvp.mail.personal"), t("mail.signature")],
  );
  return {
    to: args.to,
    subject: t("rsvp.mail.invitationSubject", { title: e.title, date: e.startsAt }),
    ...body,
    attachments: [args.ics],
  };
}

export function promotionMail(args: {
  locale: string;
  to: string;
  firstName: string;
  event: EventDetails;
}): MailMessage {
  const t = translator(args.locale);
  const e = args.event;
  const body = render(
    [
      t("rsvp.mail.greeting", { name: args.firstName }),
      t("rsvp.mail.promotionIntro", { title: e.title }),
      ...detailsOf(t, e),
      t("rsvp.mail.changeWithInvitation"),
    ],
    [],
    [t("mail.signature")],
  );
  return { to: args.to, subject: t("rsvp.mail.promotionSubject", { title: e.title }), ...body };
}

export function reminderMail(args: {
  locale: string;
  to: string;
  firstName: string;
  event: EventDetails;
}): MailMessage {
  const t = translator(args.locale);
  const e = args.event;
  const body = render(
    [
      t("rsvp.mail.greeting", { name: args.firstName }),
      t("rsvp.mail.reminderIntro", { title: e.title }),
      ...detailsOf(t, e),
      t("rsvp.mail.changeWithInvitation"),
    ],
    [],
    [t("mail.signature")],
  );
  return {
    to: args.to,
    subject: t("rsvp.mail.reminderSubject", { title: e.title, date: e.startsAt }),
    ...body,
  };
}
