import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "./ics";

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

const paris = (d: Date) =>
  new Intl.DateTimeFormat("fr-FR", {
    timeZone: "Europe/Paris",
    dateStyle: "short",
    timeStyle: "short",
  }).format(d);

describe("iCalendar files", () => {
  it("keeps Paris wall-clock times on both sides of the October daylight-saving change", () => {
    // 24 Oct 2026 18:00 CEST (UTC+2) and 31 Oct 2026 18:00 CET (UTC+1).
    const before = { start: new Date("2026-10-24T16:00:00Z"), end: new Date("2026-10-24T18:00:00Z") };
    const after = { start: new Date("2026-10-31T17:00:00Z"), end: new Date("2026-10-31T19:00:00Z") };
    const ics = buildCalendar({
      name: "Réunions",
      events: [
        { uid: "a@relais", summary: "Conseil d'acteurs", location: "Mulhouse", ...before },
        { uid: "b@relais", summary: "Réunion des ambassadeurs", ...after },
      ],
    });
    const [a, b] = parse(ics);
    expect(a!.summary).toBe("Conseil d'acteurs");
    expect(a!.location).toBe("Mulhouse");
    expect(paris(a!.startDate.toJSDate())).toBe("24/10/2026 18:00");
    expect(paris(b!.startDate.toJSDate())).toBe("31/10/2026 18:00");
    expect(paris(b!.endDate.toJSDate())).toBe("31/10/2026 20:00");
  });

  it("marks a cancelled event as such", () => {
    const ics = buildCalendar({
      name: "x",
      events: [
        {
          uid: "c@relais",
          summary: "Annulée",
          start: new Date(),
          end: new Date(Date.now() + 3600_000),
          cancelled: true,
        },
      ],
    });
    expect(ics).toContain("STATUS:CANCELLED");
  });
});
