import { parisDateKey } from "@/lib/domain/paris-time";
import { translator } from "@/lib/i18n/messages";
import type { MailAttachment, MailMessage } from "@/server/mail/mailer";
import { renderMail, type MailLink } from "@/server/mail/render";
import { locationOf, type EventDetails } from "./event-details";

// Mails about a meeting, laid out by server/mail/render.ts. Dates and times in Europe/Paris (the
// translator's time zone).

type T = ReturnType<typeof translator>;
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
  const links: MailLink[] = [
    { label: t("rsvp.mail.yes"), url: `${rsvpUrl}?answer=yes` },
    { label: t("rsvp.mail.no"), url: `${rsvpUrl}?answer=no` },
    { label: t("rsvp.mail.excused"), url: `${rsvpUrl}?answer=excused` },
    { label: t("rsvp.mail.calendar"), url: `${rsvpUrl}/ics` },
  ];
  const body = renderMail({
    paragraphs: [
      t("rsvp.mail.greeting", { name: args.firstName }),
      t("rsvp.mail.invitationIntro", { network: e.networkName, title: e.title }),
      ...detailsOf(t, e),
      t("rsvp.mail.answerIntro"),
    ],
    links,
    after: [t("rsvp.mail.personal"), t("mail.signature")],
  });
  return {
    to: args.to,
    subject: t("rsvp.mail.invitationSubject", { title: e.title, date: e.startsAt }),
    ...body,
    attachments: [args.ics],
  };
}

type EventMailArgs = { locale: string; to: string; firstName: string; event: EventDetails };

/** A short mail about an event the person is registered for: greeting, news, details, signature. */
function registeredMail(t: T, args: EventMailArgs, intro: string) {
  return renderMail({
    paragraphs: [
      t("rsvp.mail.greeting", { name: args.firstName }),
      intro,
      ...detailsOf(t, args.event),
      t("rsvp.mail.changeWithInvitation"),
    ],
    after: [t("mail.signature")],
  });
}

export function promotionMail(args: EventMailArgs): MailMessage {
  const t = translator(args.locale);
  const { title } = args.event;
  return {
    to: args.to,
    subject: t("rsvp.mail.promotionSubject", { title }),
    ...registeredMail(t, args, t("rsvp.mail.promotionIntro", { title })),
  };
}

export function reminderMail(args: EventMailArgs): MailMessage {
  const t = translator(args.locale);
  const { title, startsAt } = args.event;
  return {
    to: args.to,
    subject: t("rsvp.mail.reminderSubject", { title, date: startsAt }),
    ...registeredMail(t, args, t("rsvp.mail.reminderIntro", { title })),
  };
}

/** What changed in a meeting the person was invited to. */
export type EventChange = "moved" | "cancelled" | "restored" | "updated";

/** "Réunion déplacée / annulée / rétablie / modifiée", with the calendar file that replaces theirs. */
export function changeMail(args: EventMailArgs & { change: EventChange; ics: MailAttachment }): MailMessage {
  const t = translator(args.locale);
  const { title, startsAt } = args.event;
  const cancelled = args.change === "cancelled";
  const body = renderMail({
    paragraphs: [
      t("rsvp.mail.greeting", { name: args.firstName }),
      t(`rsvp.mail.change.${args.change}Intro`, { title, network: args.event.networkName }),
      ...(cancelled ? [t("rsvp.mail.dateLine", { when: whenOf(t, args.event) })] : detailsOf(t, args.event)),
      cancelled ? t("rsvp.mail.change.cancelledCalendar") : t("rsvp.mail.change.answerStands"),
    ],
    after: [t("mail.signature")],
  });
  return {
    to: args.to,
    subject: t(`rsvp.mail.change.${args.change}Subject`, { title, date: startsAt }),
    ...body,
    attachments: [args.ics],
  };
}
