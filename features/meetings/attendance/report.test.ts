import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { communes, eventAttachments, events } from "@/db/schema";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { pdfText } from "@/test/pdf";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { deleteAttachmentAction, saveMinutesAction, signAction, uploadAttachmentAction } from "./actions";
import { getMeetingFigures } from "./figures";
import { getAttachment, getAttendanceEvent, listAttachments, listAttendance } from "./queries";
import { buildAttendanceSheet } from "./sheet";
import { insertEventToday as insertEvent, insertParticipant } from "@/test/factories/meetings";

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
const as = (who: { id: string }, slug = "rep-a") => ({ db, userId: who.id, networkSlug: slug });

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "rep-a" });
  b = await createNetworkWithRoles(db, { slug: "rep-b" });
});

describe("attendance sheet", () => {
  it("prints title, date, place, organiser, names and organisations, over several pages (printed in advance)", async () => {
    const event = await insertEvent(db, {
      networkId: a.network.id,
      title: "Conseil d'acteurs – Réemploi et économie circulaire",
      startsAt: new Date("2025-03-14T08:00:00Z"),
      endsAt: new Date("2025-03-14T16:30:00Z"),
      place: "Maison de l'Écocitoyenneté",
    });
    const org = await createOrganisation(db, { networkId: a.network.id, name: "Écocyclerie du Bassin" });
    const first = await insertParticipant(db, {
      networkId: a.network.id,
      eventId: event.id,
      contact: { firstName: "Zoé", lastName: "Œuvray", organisationId: org.id },
      participation: { status: "present" },
    });
    await db.insert((await import("@/db/schema")).signatures).values({
      networkId: a.network.id,
      participationId: first.participation.id,
      halfDay: "am",
      method: "on_screen",
      image: "M10 10 L60 80 L120 20",
      signedAt: new Date("2025-03-14T08:12:00Z"),
    });
    await insertParticipant(db, {
      networkId: a.network.id,
      eventId: event.id,
      contact: { firstName: "Absent", lastName: "Excusé" },
      participation: { status: "excused" },
    });
    for (let i = 0; i < 30; i++)
      await insertParticipant(db, {
        networkId: a.network.id,
        eventId: event.id,
        contact: { lastName: `Zz${i}` },
      });
    const rows = await listAttendance(db, { networkId: a.network.id, eventId: event.id });
    const full = (await getAttendanceEvent(db, { networkId: a.network.id, eventId: event.id }))!;
    // Printed the day before: a sheet to sign, where people without an answer get a line.
    const bytes = await buildAttendanceSheet(full, rows, {
      networkName: a.network.name,
      printedAt: new Date("2025-03-13T12:00:00Z"),
    });
    const text = await pdfText(bytes);
    expect(text).toContain("FEUILLE D'ÉMARGEMENT");
    expect(text).toContain("Conseil d'acteurs – Réemploi et économie circulaire");
    expect(text).toContain("Vendredi 14 mars 2025");
    expect(text).toContain("9 h 00 – 17 h 30");
    expect(text).toContain("Maison de l'Écocitoyenneté");
    expect(text).toContain("Service prévention des déchets");
    expect(text).toContain("ŒUVRAY Zoé");
    expect(text).toContain("Écocyclerie du Bassin");
    expect(text).toContain("Signé à l'écran à 9 h 12");
    expect(text).toContain("Signature matin");
    expect(text).toContain("Signature après-midi");
    // Who said they would not come is listed, marked, not left as a line to sign.
    expect(text).toMatch(/EXCUSÉ Absent\s+Excusé·e/);
    expect(text).toMatch(/ZZ29/);
    expect(text).toMatch(/Page 2 sur \d/);
  });
});

describe("minutes", () => {
  it("keeps simple formatting and strips scripts, handlers and dangerous links", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const html =
      '<h2>Relevé</h2><p onclick="steal()">Texte <strong>gras</strong> &lt;script&gt;tapé&lt;/script&gt;</p>' +
      '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">lien</a>' +
      '<a href="https://exemple.fr">site</a><iframe src="https://evil.test"></iframe><ul><li>point</li></ul>';
    const result = await runAction(saveMinutesAction, {
      ...as(a.coordinator),
      input: { eventId: event.id, minutes: html },
    });
    expect(result.ok).toBe(true);
    const [row] = await db.select({ minutes: events.minutes }).from(events).where(eq(events.id, event.id));
    const stored = row!.minutes!;
    expect(stored).toContain("<h2>Relevé</h2>");
    expect(stored).toContain("<strong>gras</strong>");
    expect(stored).toContain("&lt;script&gt;tapé&lt;/script&gt;");
    expect(stored).toContain('<a href="https://exemple.fr" rel="noopener noreferrer nofollow">site</a>');
    expect(stored).toContain("<li>point</li>");
    for (const bad of ["<script", "onclick", "onerror", "<img", "javascript:", "<iframe", "alert(1)"])
      expect(stored).not.toContain(bad);

    const empty = await runAction(saveMinutesAction, {
      ...as(a.coordinator),
      input: { eventId: event.id, minutes: "<p><br></p><script>x</script>" },
    });
    expect(empty).toMatchObject({ ok: true, data: { minutes: null } });
  });

  it("is written by coordinators and ambassadors only, in their own network", async () => {
    const event = await insertEvent(db, { networkId: a.network.id, minutes: "<p>avant</p>" });
    for (const who of [a.partner, a.elected])
      expect(
        await runAction(saveMinutesAction, { ...as(who), input: { eventId: event.id, minutes: "x" } }),
      ).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await runAction(saveMinutesAction, {
        ...as(b.coordinator, "rep-b"),
        input: { eventId: event.id, minutes: "x" },
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    const [row] = await db.select({ minutes: events.minutes }).from(events).where(eq(events.id, event.id));
    expect(row!.minutes).toBe("<p>avant</p>");
  });
});

const pdfBytes = new TextEncoder().encode("%PDF-1.4\n% test\n");
const file = (bytes: Uint8Array, name: string, type: string) => new File([bytes as BlobPart], name, { type });

describe("attachments", () => {
  it("round-trips a file and refuses wrong types, forged content, empty and oversized files", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const up = await runAction(uploadAttachmentAction, {
      ...as(a.coordinator),
      input: { eventId: event.id, file: file(pdfBytes, "../../Relevé de décisions.pdf", "application/pdf") },
    });
    expect(up.ok).toBe(true);
    const id = up.ok ? up.data.id : "";
    const stored = await getAttachment(db, { networkId: a.network.id, eventId: event.id, id });
    expect(stored).toMatchObject({
      fileName: "Relevé de décisions.pdf",
      contentType: "application/pdf",
      size: pdfBytes.length,
    });
    expect(Buffer.from(stored!.content).equals(Buffer.from(pdfBytes))).toBe(true);

    const refusals: [File, string][] = [
      [
        file(new TextEncoder().encode("<script>alert(1)</script>"), "page.html", "text/html"),
        "Type de fichier refusé",
      ],
      [
        file(new TextEncoder().encode("<svg onload=alert(1)>"), "image.svg", "image/svg+xml"),
        "Type de fichier refusé",
      ],
      [file(new TextEncoder().encode("<html>"), "faux.pdf", "application/pdf"), "ne correspond pas"],
      [file(pdfBytes, "rapport.pdf", "text/html"), "Type de fichier refusé"],
      [file(new Uint8Array(0), "vide.pdf", "application/pdf"), "vide"],
      [file(new Uint8Array(10_000_001).fill(32), "gros.pdf", "application/pdf"), "10 Mo"],
    ];
    for (const [f, message] of refusals) {
      const r = await runAction(uploadAttachmentAction, {
        ...as(a.coordinator),
        input: { eventId: event.id, file: f },
      });
      expect(r).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining(message)] } });
    }
    expect(await listAttachments(db, { networkId: a.network.id, eventId: event.id })).toHaveLength(1);

    // Another network's coordinator sees nothing and deletes nothing.
    expect(await getAttachment(db, { networkId: b.network.id, eventId: event.id, id })).toBeUndefined();
    expect(
      await runAction(deleteAttachmentAction, {
        ...as(b.coordinator, "rep-b"),
        input: { eventId: event.id, id },
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(
      await runAction(uploadAttachmentAction, {
        ...as(b.coordinator, "rep-b"),
        input: { eventId: event.id, file: file(pdfBytes, "x.pdf", "application/pdf") },
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(
      await runAction(deleteAttachmentAction, { ...as(a.partner), input: { eventId: event.id, id } }),
    ).toMatchObject({ ok: false, code: "forbidden" });

    expect(
      await runAction(deleteAttachmentAction, { ...as(a.coordinator), input: { eventId: event.id, id } }),
    ).toMatchObject({ ok: true });
    expect(await db.select().from(eventAttachments).where(eq(eventAttachments.eventId, event.id))).toEqual(
      [],
    );
  });
});

describe("meeting figures", () => {
  it("counts invited, answered, excused, present, organisations and communes", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const [c1, c2] = await db
      .insert(communes)
      .values([
        { networkId: a.network.id, name: "Mulhouse", inseeCode: "68224" },
        { networkId: a.network.id, name: "Illzach", inseeCode: "68154" },
        { networkId: a.network.id, name: "Riedisheim", inseeCode: "68278" },
      ])
      .returning();
    const o1 = await createOrganisation(db, { networkId: a.network.id, communeId: c1!.id });
    const o2 = await createOrganisation(db, { networkId: a.network.id, communeId: c1!.id });
    const o3 = await createOrganisation(db, { networkId: a.network.id, communeId: c2!.id });
    const add = (status: string, organisationId: string | null, over: Record<string, unknown> = {}) =>
      insertParticipant(db, {
        networkId: a.network.id,
        eventId: event.id,
        contact: { organisationId },
        participation: { status: status as "present", ...over },
      });
    const answered = { answeredAt: new Date() };
    await add("present", o1.id, answered);
    await add("late", o1.id, answered);
    await add("present", o2.id);
    await add("present", o3.id, { walkIn: true });
    await add("present", null, answered);
    await add("excused", o3.id, answered);
    await add("excused", null, answered);
    await add("declined", o2.id, answered);
    await add("invited", o1.id);
    await add("absent", o3.id, answered);
    expect(await getMeetingFigures(db, { networkId: a.network.id, eventId: event.id })).toEqual({
      invited: 9,
      answered: 7,
      excused: 2,
      present: 5,
      organisationsPresent: 3,
      communesRepresented: 2,
      memberCommunes: 3,
    });
    expect(await getMeetingFigures(db, { networkId: b.network.id, eventId: event.id })).toMatchObject({
      invited: 0,
      present: 0,
    });
    // The signature action on another network's event is not found either.
    expect(
      await runAction(signAction, {
        ...as(b.coordinator, "rep-b"),
        input: { eventId: event.id, participationId: event.id, halfDay: "am", method: "paper" },
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
  });
});
