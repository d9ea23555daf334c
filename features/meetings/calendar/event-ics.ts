import type { CalendarEvent } from "@/server/calendar/ics";
import {
  eventUid,
  locationOf,
  sequenceOf,
  type CalendarFields,
} from "@/features/meetings/rsvp/event-details";

/** One event as an iCalendar entry; the description carries the online link when there is one. */
export function calendarEventOf(
  e: Omit<CalendarFields, "status"> & { status: string },
  url: string | null,
): CalendarEvent {
  return {
    uid: eventUid(e.id),
    start: e.startsAt,
    end: e.endsAt,
    summary: e.title,
    description: [e.description, e.onlineUrl].filter(Boolean).join("\n\n") || null,
    location: locationOf(e) ?? e.onlineUrl,
    url,
    cancelled: e.status === "cancelled",
    sequence: sequenceOf(e),
  };
}
