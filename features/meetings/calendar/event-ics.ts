import type { CalendarEvent } from "@/server/calendar/ics";
import { eventUid, locationOf, sequenceOf } from "@/features/meetings/rsvp/event-details";

/** One event as an iCalendar entry; the description carries the online link when there is one. */
export function calendarEventOf(
  e: {
    id: string;
    title: string;
    description: string | null;
    startsAt: Date;
    endsAt: Date;
    place: string | null;
    address: string | null;
    communeName: string | null;
    onlineUrl: string | null;
    status: string;
    createdAt: Date;
    updatedAt: Date;
  },
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
