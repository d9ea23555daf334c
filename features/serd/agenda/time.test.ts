import { describe, expect, it } from "vitest";
import { daysBetween, parisInstant, parisToday } from "./time";

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
