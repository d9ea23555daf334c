import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  halfDayPeriod,
  halfDaysOf,
  parisDateKey,
  parisInstant,
  parisToday,
  weekday,
} from "./paris-time";

describe("Paris wall-clock times", () => {
  it("turns a Paris date and time into the right instant in winter, in summer and on change days", () => {
    expect(parisInstant("2026-11-21", "14:00").toISOString()).toBe("2026-11-21T13:00:00.000Z");
    expect(parisInstant("2026-07-14", "14:00:00").toISOString()).toBe("2026-07-14T12:00:00.000Z");
    // 29 March 2026: clocks go from 02:00 to 03:00; 25 October 2026: from 03:00 back to 02:00.
    expect(parisInstant("2026-03-29", "12:00").toISOString()).toBe("2026-03-29T10:00:00.000Z");
    expect(parisInstant("2026-10-25", "12:00").toISOString()).toBe("2026-10-25T11:00:00.000Z");
    expect(parisInstant("2026-11-21").toISOString()).toBe("2026-11-20T23:00:00.000Z");
  });

  it("lists the days of an edition and today's date in Paris", () => {
    expect(daysBetween("2026-11-21", "2026-11-29")).toHaveLength(9);
    expect(daysBetween("2026-11-28", "2026-12-01")).toEqual([
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
    ]);
    expect(parisToday(new Date("2026-11-21T23:30:00Z"))).toBe("2026-11-22");
  });
});

describe("Paris days and half-days", () => {
  it("gives the Paris calendar day of an instant, not the UTC one", () => {
    expect(parisDateKey(new Date("2026-03-13T23:30:00Z"))).toBe("2026-03-14");
    expect(parisDateKey(new Date("2026-07-14T21:59:00Z"))).toBe("2026-07-14");
    expect(parisDateKey(new Date("2026-07-14T22:00:00Z"))).toBe("2026-07-15");
  });

  it("counts the half-days a meeting covers on the Paris clock", () => {
    expect(halfDaysOf(parisInstant("2026-03-14", "09:00"), parisInstant("2026-03-14", "12:00"))).toEqual([
      "am",
    ]);
    expect(halfDaysOf(parisInstant("2026-07-14", "14:00"), parisInstant("2026-07-14", "17:00"))).toEqual([
      "pm",
    ]);
    expect(halfDaysOf(parisInstant("2026-07-14", "09:00"), parisInstant("2026-07-14", "17:00"))).toEqual([
      "am",
      "pm",
    ]);
    // A lunch-time meeting gets the half-day it starts in.
    expect(halfDaysOf(parisInstant("2026-07-14", "12:45"), parisInstant("2026-07-14", "13:15"))).toEqual([
      "am",
    ]);
    expect(halfDaysOf(parisInstant("2026-07-14", "13:00"), parisInstant("2026-07-14", "13:20"))).toEqual([
      "pm",
    ]);
    expect(halfDaysOf(parisInstant("2026-07-14", "18:00"), parisInstant("2026-07-15", "10:00"))).toEqual([
      "am",
      "pm",
    ]);
  });

  it("adds calendar days and names weekdays without any time zone", () => {
    expect(addDays("2026-11-21", 8)).toBe("2026-11-29");
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(weekday("2026-11-21")).toBe(6);
  });

  it("calls the half-day of a meeting at 18:00 the evening, not the afternoon", () => {
    const at = (d: string, t: string) => parisInstant(d, t);
    expect(halfDayPeriod("pm", at("2026-12-03", "18:00"), at("2026-12-03", "20:00"))).toBe("evening");
    expect(halfDayPeriod("pm", at("2026-12-03", "14:00"), at("2026-12-03", "20:00"))).toBe("pm");
    expect(halfDayPeriod("am", at("2026-12-03", "09:00"), at("2026-12-03", "12:00"))).toBe("am");
    // Over two days the second half-day is an afternoon.
    expect(halfDayPeriod("pm", at("2026-12-03", "18:00"), at("2026-12-04", "12:00"))).toBe("pm");
  });
});
