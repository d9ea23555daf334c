import { describe, expect, it } from "vitest";
import { compareYear } from "./comparison";
import type { SeriesPoint } from "./constants";
import { objectiveProgress, objectiveStatus, objectiveTrend } from "./objective-status";
import { timeEntryErrors } from "./rules";

const p = (year: number, value: number | null, stage: SeriesPoint["stage"] = "final"): SeriesPoint => ({
  year,
  value,
  stage,
});

describe("like-with-like comparison", () => {
  it("compares a finished year with the previous finished year", () => {
    expect(compareYear([p(2013, 50), p(2014, 74)], 2014)).toEqual({
      kind: "previous",
      previousYear: 2013,
      previous: 50,
      delta: 24,
      percent: 48,
    });
  });

  it("never sets an open edition against a finished one (no −96 % the day an edition opens)", () => {
    expect(compareYear([p(2025, 74), p(2026, 3, "open")], 2026)).toEqual({
      kind: "open",
      previousYear: 2025,
    });
  });

  it("says which years are missing when the previous figure is older than last year", () => {
    expect(compareYear([p(2015, 40), p(2026, 60)], 2026)).toMatchObject({
      kind: "gap",
      previousYear: 2015,
      missingFrom: 2016,
      missingTo: 2025,
      delta: 20,
      percent: 50,
    });
  });

  it("does not compare with an earlier point still open, nor without any earlier point", () => {
    expect(compareYear([p(2025, 10, "open"), p(2026, 12)], 2026)).toEqual({ kind: "none" });
    expect(compareYear([p(2026, 12)], 2026)).toEqual({ kind: "none" });
    expect(compareYear([p(2025, 12)], 2026)).toEqual({ kind: "none" });
  });

  it("gives no percentage from zero", () => {
    expect(compareYear([p(2013, 0), p(2014, 5)], 2014)).toMatchObject({
      kind: "previous",
      percent: null,
      delta: 5,
    });
  });
});

describe("objective status at the boundary", () => {
  const base = { baseline: null, periodEnd: "2014-12-31", before: null };
  it("at least 6 of 8: 6 is reached, 5 is not (once the period is over)", () => {
    expect(objectiveStatus({ ...base, direction: "at_least", target: 6, actual: 6 }, "2015-01-10")).toBe(
      "reached",
    );
    expect(objectiveStatus({ ...base, direction: "at_least", target: 6, actual: 5 }, "2015-01-10")).toBe(
      "not_reached",
    );
    expect(objectiveStatus({ ...base, direction: "at_least", target: 6, actual: 5 }, "2014-12-31")).toBe(
      "in_progress",
    );
  });
  it("at most 90 t: 90 is reached, 90.001 is not", () => {
    expect(objectiveStatus({ ...base, direction: "at_most", target: 90, actual: 90 }, "2015-01-10")).toBe(
      "reached",
    );
    expect(objectiveStatus({ ...base, direction: "at_most", target: 90, actual: 90.001 }, "2015-01-10")).toBe(
      "not_reached",
    );
  });
  it("no recorded value: no data", () => {
    expect(objectiveStatus({ ...base, direction: "at_most", target: 90, actual: null }, "2015-01-10")).toBe(
      "no_data",
    );
  });
  it("trend and progress follow the direction", () => {
    expect(objectiveTrend({ direction: "at_most", actual: 95, before: 100, baseline: null })).toBe(
      "improving",
    );
    expect(objectiveTrend({ direction: "at_least", actual: 95, before: 100, baseline: null })).toBe(
      "worsening",
    );
    expect(objectiveTrend({ direction: "at_least", actual: 5, before: null, baseline: 5 })).toBe("stable");
    expect(objectiveProgress({ target: 90, baseline: 100, actual: 95 })).toBe(50);
  });
});

describe("time entry rules", () => {
  const today = "2026-12-09"; // a Wednesday: the week ends on Sunday 13
  it("refuses more than 24 h a day, an end before the start, a day after this week", () => {
    expect(timeEntryErrors({ startsOn: "2026-12-07", endsOn: "2026-12-07", hours: 24.5 }, today)).toEqual({
      amount: "dashboards.errors.dayLimit",
    });
    expect(timeEntryErrors({ startsOn: "2026-12-07", endsOn: "2026-12-06", hours: 2 }, today)).toEqual({
      endsOn: "dashboards.errors.periodOrder",
    });
    expect(timeEntryErrors({ startsOn: "2026-12-14", endsOn: "2026-12-14", hours: 2 }, today)).toEqual({
      startsOn: "dashboards.errors.future",
    });
  });
  it("accepts 24 h on a day, Sunday of this week, 48 h over two days", () => {
    expect(timeEntryErrors({ startsOn: "2026-12-13", endsOn: "2026-12-13", hours: 24 }, today)).toEqual({});
    expect(timeEntryErrors({ startsOn: "2026-12-01", endsOn: "2026-12-02", hours: 48 }, today)).toEqual({});
  });
});
