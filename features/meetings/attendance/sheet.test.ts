import { beforeAll, describe, expect, it } from "vitest";
import { signatures } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { readPdf } from "@/test/pdf";

const pagesOf = async (bytes: Uint8Array) => (await readPdf(bytes)).pages;
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { insertEvent, insertParticipant, parisInstant } from "@/test/factories/meetings";
import { getAttendanceEvent, listAttendance } from "./queries";
import { buildAttendanceSheet } from "./sheet";

// The sheet of a held meeting reflects the check-in (text extracted with pdf-parse).

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "sheet-held", name: "Réseau des sheets" });
});

async function sheetOf(eventId: string, printedAt: Date) {
  const scope = { networkId: net.network.id, eventId };
  const event = (await getAttendanceEvent(db, scope))!;
  return pagesOf(
    await buildAttendanceSheet(event, await listAttendance(db, scope), {
      networkName: net.network.name,
      printedAt,
    }),
  );
}

describe("the sheet of a held meeting", () => {
  it("marks present, late, excused and absent people, leaves out who never answered, and totals", async () => {
    const event = await insertEvent(db, {
      networkId: net.network.id,
      eventType: "actors_council",
      title: "Conseil d'acteurs d'automne",
      startsAt: parisInstant("2026-11-26", "18:00"),
      endsAt: parisInstant("2026-11-26", "20:00"),
      status: "held",
      organiserName: "Claire Dubois",
    });
    const org = await createOrganisation(db, {
      networkId: net.network.id,
      name: "Association intercommunale pour le réemploi solidaire et la réparation du Haut-Rhin",
    });
    const add = (lastName: string, status: string, over: Record<string, unknown> = {}) =>
      insertParticipant(db, {
        networkId: net.network.id,
        eventId: event.id,
        contact: { firstName: "Alex", lastName, organisationId: org.id },
        participation: { status: status as "present", ...over },
      });
    const present = await add("Présente", "present", { checkedInAt: parisInstant("2026-11-26", "17:55") });
    await db.insert(signatures).values({
      networkId: net.network.id,
      participationId: present.participation.id,
      halfDay: "pm",
      method: "on_screen",
      image: "M10 10 L60 80 L120 20",
      signedAt: parisInstant("2026-11-26", "17:56"),
    });
    await add("Tardive", "late", { checkedInAt: parisInstant("2026-11-26", "18:40") });
    await add("Excusée", "excused", { representedBy: "Léa Martin" });
    await add("Absente", "absent");
    await add("Déclinante", "declined");
    await add("Inscrite", "registered");
    await add("Silencieuse", "invited");
    await add("Attente", "waitlisted");
    await add("Dupont-Bernardin de Saint-Exupéry-Montmorency", "present", {
      checkedInAt: parisInstant("2026-11-26", "18:00"),
    });

    const pages = await sheetOf(event.id, parisInstant("2026-11-27", "09:00"));
    const text = pages.join("\n");
    expect(text).toContain("Conseil d'acteurs d'automne");
    expect(text).toMatch(/Type :\s+Conseil d'acteurs/);
    expect(text).toContain("Réseau des sheets");
    expect(text).toContain("Signature soirée");
    expect(text).not.toContain("après-midi");
    expect(text).toMatch(/PRÉSENTE Alex[\s\S]*Signé à l'écran à 17 h 56/);
    expect(text).toMatch(/TARDIVE Alex[\s\S]*En retard \(arrivée 18 h 40\)/);
    expect(text).toMatch(/EXCUSÉE Alex[\s\S]*Excusé·e, représenté·e par Léa Martin/);
    expect(text).toMatch(/ABSENTE Alex[\s\S]*Absent·e/);
    expect(text).toMatch(/DÉCLINANTE Alex[\s\S]*Absent·e \(a décliné\)/);
    expect(text).toMatch(/INSCRITE Alex[\s\S]*Inscrit·e, non pointé·e/);
    // Never answered, or still waiting: not on the record of a held meeting.
    expect(text).not.toContain("SILENCIEUSE");
    expect(text).not.toContain("ATTENTE");
    expect(text).toContain("Présent·e·s : 3 (dont 1 en retard) · Excusé·e·s : 1 · Absent·e·s : 2");
    expect(text).toContain("Inscrit·e·s non pointé·e·s : 1");
    expect(text).toContain("Certifié exact");
    expect(text).toContain("Par l'organisateur ou l'organisatrice : Claire Dubois");
    expect(text).toContain("Signature de l'organisateur·rice");
    // Long names and organisations are wrapped, not cut.
    expect(text.replace(/…{3,}/g, "")).not.toContain("…");
    expect(text.replace(/\s+/g, " ")).toMatch(/DUPONT-BERNARDIN DE SAINT-EXUPÉRY- ?MONTMORENCY/);
    expect(text.replace(/\s+/g, " ")).toContain("Haut-Rhin");
  });

  it("never leaves the last page with only the totals or a line or two", async () => {
    const event = await insertEvent(db, {
      networkId: net.network.id,
      startsAt: parisInstant("2026-11-20", "09:00"),
      endsAt: parisInstant("2026-11-20", "12:00"),
      status: "held",
    });
    // Enough present people to fill the first page and spill over.
    for (let n = 1; n <= 40; n++) {
      const pages = await sheetOf(event.id, parisInstant("2026-11-21", "09:00"));
      if (pages.length > 1) {
        const last = pages.at(-1)!;
        const lines = (last.match(/^PERSONNE\d+ /gm) ?? []).length;
        expect(lines, `with ${n - 1} people`).toBeGreaterThanOrEqual(3);
        expect(last).toContain("Certifié exact");
      }
      await insertParticipant(db, {
        networkId: net.network.id,
        eventId: event.id,
        contact: { firstName: "Camille", lastName: `Personne${String(n).padStart(2, "0")}` },
        participation: { status: "present" },
      });
    }
  });
});
