import { and, desc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { eventAttachments, events, networks, participations, signatures } from "@/db/schema";
import { getAttendanceEvent, listAttendance } from "@/features/meetings/attendance/queries";
import { buildAttendanceSheet } from "@/features/meetings/attendance/sheet";
import { testDb as db } from "@/test/db";
import { pdfText } from "@/test/pdf";
import { seedDemo } from "@/scripts/seed/index";

const now = new Date("2026-11-21T09:00:00Z");

beforeAll(async () => {
  // seedDemo runs every area's demo data, attendance included.
  await seedDemo(db, { now });
});

describe("attendance demo data", () => {
  it("gives the latest conseil d'acteurs a signature per person present, minutes and an attachment", async () => {
    const [net] = await db.select().from(networks).where(eq(networks.slug, "plp-demo"));
    const [council] = await db
      .select()
      .from(events)
      .where(
        and(eq(events.networkId, net!.id), eq(events.eventType, "actors_council"), eq(events.status, "held")),
      )
      .orderBy(desc(events.startsAt))
      .limit(1);
    expect(council!.minutes).toContain("<h2>Relevé de décisions</h2>");
    const here = await db
      .select({ id: participations.id })
      .from(participations)
      .where(
        and(eq(participations.eventId, council!.id), inArray(participations.status, ["present", "late"])),
      );
    expect(here.length).toBeGreaterThanOrEqual(40);
    const signed = await db
      .select()
      .from(signatures)
      .where(
        inArray(
          signatures.participationId,
          here.map((p) => p.id),
        ),
      );
    // An evening meeting: one half-day, so one signature each.
    expect(signed).toHaveLength(here.length);
    expect(signed.filter((s) => s.method === "on_screen").every((s) => s.image?.startsWith("M"))).toBe(true);
    const files = await db.select().from(eventAttachments).where(eq(eventAttachments.eventId, council!.id));
    expect(files).toMatchObject([{ fileName: "Relevé de décisions.pdf", contentType: "application/pdf" }]);
    expect(files[0]!.content.subarray(0, 5).toString()).toBe("%PDF-");

    const scope = { networkId: net!.id, eventId: council!.id };
    const rows = await listAttendance(db, scope);
    const pdf = await buildAttendanceSheet((await getAttendanceEvent(db, scope))!, rows, {
      networkName: net!.name,
    });
    const text = await pdfText(pdf);
    const someone = rows.find((r) => r.status === "present")!;
    expect(text).toContain(`${someone.lastName.toUpperCase()} ${someone.firstName}`);
    expect(text).toContain("Claire Moreau");
  });
});
