// Demo attendance: for the held meetings of the demo networks, signatures of those present (most
// drawn on screen, some on paper), minutes, and a decisions record attached to the latest conseil
// d'acteurs. Runs after the meetings' demo data; deterministic; nothing when there is no meeting.

import { and, asc, eq, inArray, lt } from "drizzle-orm";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { eventAttachments, events, networks, participations, signatures } from "@/db/schema";
import type { Db } from "@/db/types";
import { halfDaysOf } from "@/lib/domain/paris-time";
import { Rng } from "./generators";

/** A hand-written-looking stroke: a few loops across the signature box (400 × 150). */
function squiggle(rng: Rng): string {
  const points: string[] = [];
  let x = rng.int(20, 60);
  const base = rng.int(70, 100);
  for (let i = 0; i < 14; i++) {
    x += rng.int(12, 26);
    const y = base + rng.int(-45, 35);
    points.push(`${i === 0 ? "M" : "L"}${Math.min(x, 390)} ${Math.max(5, Math.min(y, 145))}`);
  }
  return `${points.join(" ")} M${rng.int(30, 80)} ${base + 30} L${Math.min(x, 380)} ${base + 25}`;
}

const minutesByType: Record<string, string> = {
  actors_council:
    "<h2>Relevé de décisions</h2><p>Tour de table des structures présentes et bilan des actions du trimestre.</p>" +
    "<ul><li>Le calendrier des ateliers de réparation est validé.</li><li>Un groupe de travail « gaspillage alimentaire » se réunira avant la SERD.</li></ul>" +
    "<h3>Prochaines étapes</h3><p>Les partenaires transmettent leurs actions SERD avant la fin du mois.</p>",
  serd_prep:
    "<h2>Préparation de la SERD</h2><p>Présentation du thème national et des outils disponibles.</p>" +
    "<ul><li>Inscription des actions dans Relais avant la date limite.</li><li>Prêt du kit d'animation compostage sur réservation.</li></ul>",
};
const defaultMinutes =
  "<h2>Compte rendu</h2><p>Échanges de pratiques entre participant·e·s ; les supports présentés sont joints.</p>";

async function decisionsPdf(title: string, now: Date): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText(`Relevé de décisions – ${title}`, { x: 50, y: 780, size: 14, font });
  page.drawText("1. Calendrier des ateliers validé. 2. Groupe de travail gaspillage alimentaire.", {
    x: 50,
    y: 750,
    size: 10,
    font,
  });
  return Buffer.from(await doc.save());
}

export async function seedAttendanceDemo(tx: Db, { now }: { now: Date }): Promise<void> {
  const rng = new Rng(5_2026);
  const nets = await tx
    .select({ id: networks.id, slug: networks.slug })
    .from(networks)
    .where(inArray(networks.slug, ["plp-demo", "ambassadeurs-demo"]))
    .orderBy(asc(networks.slug));
  for (const net of nets) {
    const held = await tx
      .select({
        id: events.id,
        title: events.title,
        eventType: events.eventType,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
      })
      .from(events)
      .where(and(eq(events.networkId, net.id), eq(events.status, "held"), lt(events.startsAt, now)))
      .orderBy(asc(events.startsAt), asc(events.id));
    if (held.length === 0) continue;
    const here = await tx
      .select({
        id: participations.id,
        eventId: participations.eventId,
        checkedInAt: participations.checkedInAt,
      })
      .from(participations)
      .where(
        and(
          eq(participations.networkId, net.id),
          inArray(participations.status, ["present", "late"]),
          inArray(
            participations.eventId,
            held.map((e) => e.id),
          ),
        ),
      )
      .orderBy(asc(participations.eventId), asc(participations.id));
    const byId = new Map(held.map((e) => [e.id, e]));
    const rows: (typeof signatures.$inferInsert)[] = [];
    for (const p of here) {
      const e = byId.get(p.eventId)!;
      const arrived = p.checkedInAt ?? e.startsAt;
      for (const half of halfDaysOf(e.startsAt, e.endsAt)) {
        const paper = rng.chance(0.12);
        // The afternoon signature is given after lunch, three hours before the end of a day meeting.
        const signedAt =
          half === "pm" && halfDaysOf(e.startsAt, e.endsAt).length === 2
            ? new Date(e.endsAt.getTime() - (180 - rng.int(0, 20)) * 60_000)
            : arrived;
        rows.push({
          networkId: net.id,
          participationId: p.id,
          halfDay: half,
          method: paper ? "paper" : "on_screen",
          image: paper ? null : squiggle(rng),
          signedAt,
        });
      }
    }
    for (let i = 0; i < rows.length; i += 1000) await tx.insert(signatures).values(rows.slice(i, i + 1000));
    for (const e of held)
      await tx
        .update(events)
        .set({ minutes: minutesByType[e.eventType] ?? defaultMinutes })
        .where(eq(events.id, e.id));
    const council =
      [...held].reverse().find((e) => e.eventType === "actors_council") ?? held[held.length - 1]!;
    const content = await decisionsPdf(council.title, now);
    await tx.insert(eventAttachments).values({
      networkId: net.id,
      eventId: council.id,
      fileName: "Relevé de décisions.pdf",
      contentType: "application/pdf",
      size: content.length,
      content,
      createdAt: council.endsAt,
    });
  }
}
