import { createTranslator } from "next-intl";
import { resolveLocale, timeZone, type Locale } from "./config";
import enCore from "./messages/en/core.json";
import enDirectory from "./messages/en/directory.json";
import enGdpr from "./messages/en/gdpr.json";
import enImport from "./messages/en/import.json";
import enMeetings from "./messages/en/meetings.json";
import enRsvp from "./messages/en/rsvp.json";
import enAttendance from "./messages/en/attendance.json";
import enSerd from "./messages/en/serd.json";
import enAgenda from "./messages/en/agenda.json";
import enTools from "./messages/en/tools.json";
import enMail from "./messages/en/mail.json";
import enDashboards from "./messages/en/dashboards.json";
import enTraining from "./messages/en/training.json";
import enFiches from "./messages/en/fiches.json";
import enAudit from "./messages/en/audit.json";
import enReview from "./messages/en/review.json";
import frCore from "./messages/fr/core.json";
import frDirectory from "./messages/fr/directory.json";
import frGdpr from "./messages/fr/gdpr.json";
import frImport from "./messages/fr/import.json";
import frMeetings from "./messages/fr/meetings.json";
import frRsvp from "./messages/fr/rsvp.json";
import frAttendance from "./messages/fr/attendance.json";
import frSerd from "./messages/fr/serd.json";
import frAgenda from "./messages/fr/agenda.json";
import frTools from "./messages/fr/tools.json";
import frMail from "./messages/fr/mail.json";
import frDashboards from "./messages/fr/dashboards.json";
import frTraining from "./messages/fr/training.json";
import frFiches from "./messages/fr/fiches.json";
import frAudit from "./messages/fr/audit.json";
import frReview from "./messages/fr/review.json";

// One file per area and language, each holding its own top-level namespaces.
const fr = {
  ...frCore,
  ...frDirectory,
  ...frImport,
  ...frGdpr,
  ...frMeetings,
  ...frRsvp,
  ...frAttendance,
  ...frSerd,
  ...frAgenda,
  ...frTools,
  ...frMail,
  ...frDashboards,
  ...frTraining,
  ...frFiches,
  ...frAudit,
  ...frReview,
};
const en = {
  ...enCore,
  ...enDirectory,
  ...enImport,
  ...enGdpr,
  ...enMeetings,
  ...enRsvp,
  ...enAttendance,
  ...enSerd,
  ...enAgenda,
  ...enTools,
  ...enMail,
  ...enDashboards,
  ...enTraining,
  ...enFiches,
  ...enAudit,
  ...enReview,
};

export const messages = { fr, en } as const;
export type Messages = typeof fr;

function createFor(l: Locale) {
  return createTranslator({ locale: l, messages: messages[l] as Messages, timeZone });
}
// One per locale for the process: a translator holds nothing but its compiled messages, and
// compiling a message costs far more than formatting it (the public agenda calls this per request).
const translators = new Map<Locale, ReturnType<typeof createFor>>();

/** A translator usable outside React (emails, actions, tests). */
export function translator(locale: Locale | string | undefined) {
  const l = resolveLocale(locale);
  let t = translators.get(l);
  if (!t) {
    t = createFor(l);
    translators.set(l, t);
  }
  return t;
}
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** The same, typed loosely for keys built at run time (error codes, enum labels). */
export function looseTranslator(locale: Locale | string | undefined): Translate {
  return translator(locale) as unknown as Translate;
}
