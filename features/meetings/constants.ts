// Client-safe rules of meetings: importable from "use client" components (no zod here).

export type MeetingPhase = "upcoming" | "ongoing" | "toClose" | "held" | "cancelled";

/**
 * Where a meeting stands: a planned meeting whose end has passed is "à clôturer" until someone
 * marks it held. Held and cancelled meetings stay where they are (no move, no cancel).
 */
export function meetingPhase(
  e: { status: string; startsAt: Date; endsAt: Date },
  now: Date = new Date(),
): MeetingPhase {
  if (e.status === "cancelled") return "cancelled";
  if (e.status === "held") return "held";
  if (e.endsAt.getTime() <= now.getTime()) return "toClose";
  if (e.startsAt.getTime() <= now.getTime()) return "ongoing";
  return "upcoming";
}
