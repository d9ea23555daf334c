import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type CalendarEvent = {
  /** Stable across updates, so that clients replace the event rather than add a copy. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  cancelled?: boolean;
  /** Incremented when the event changes (RFC 5545 SEQUENCE). */
  sequence?: number;
};

/**
 * An iCalendar file (RFC 5545). Times are written in UTC: every client shows them in its own
 * zone, so a meeting at 18:00 in Paris stays at 18:00 across a daylight-saving change.
 */
export function buildCalendar(args: {
  name: string;
  events: CalendarEvent[];
  /**
   * REQUEST for an invitation (or its update) attached to an email; CANCEL for the mail that
   * cancels it; PUBLISH for feeds and downloads.
   */
  method?: "PUBLISH" | "REQUEST" | "CANCEL";
  /** How often subscribed clients should refresh a feed. */
  refreshMinutes?: number;
}): string {
  const calendar = ical({
    name: args.name,
    prodId: { company: "Relais", product: "relais", language: "FR" },
    method:
      args.method === "REQUEST"
        ? ICalCalendarMethod.REQUEST
        : args.method === "CANCEL"
          ? ICalCalendarMethod.CANCEL
          : ICalCalendarMethod.PUBLISH,
    ttl: args.refreshMinutes ? args.refreshMinutes * 60 : undefined,
  });
  for (const e of args.events) {
    calendar.createEvent({
      id: e.uid,
      start: e.start,
      end: e.end,
      summary: e.summary,
      description: e.description ?? undefined,
      location: e.location ?? undefined,
      url: e.url ?? undefined,
      sequence: e.sequence ?? 0,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** Response headers for an .ics download or feed. */
export function icsHeaders(fileName: string, options: { attachment?: boolean } = {}): HeadersInit {
  return {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `${options.attachment === false ? "inline" : "attachment"}; filename="${fileName}"`,
    "Cache-Control": "private, max-age=300",
  };
}
