import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { communes, serdActionHistory, serdActions, serdEditions, serdOccurrences } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { runAction } from "@/test/actions";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { createEditionAction, createSerdAction, updateSerdAction } from "./actions";
import { getAction, listActions } from "./queries";


const a = await createNetworkWithRoles(db);
const b = await createNetworkWithRoles(db);
const [commune] = await db
  .insert(communes)
  .values({ networkId: a.network.id, name: "Mulhouse", inseeCode: "68224" })
  .returning();
const [foreignCommune] = await db
  .insert(communes)
  .values({ networkId: b.network.id, name: "Rodez", inseeCode: "12202" })
  .returning();
const otherOrg = await createOrganisation(db, { networkId: a.network.id, name: "Autre structure" });
const foreignOrg = await createOrganisation(db, { networkId: b.network.id });

// An open edition (registration until 2099) and a closed one (2024).
const [open] = await db
  .insert(serdEditions)
  .values({
    networkId: a.network.id,
    year: 2099,
    startsOn: "2099-11-21",
    endsOn: "2099-11-29",
    registrationOpensOn: "2020-01-01",
    registrationClosesOn: "2099-11-14",
  })
  .returning();
const [closed] = await db
  .insert(serdEditions)
  .values({
    networkId: a.network.id,
    year: 2024,
    startsOn: "2024-11-16",
    endsOn: "2024-11-24",
    registrationOpensOn: "2024-09-01",
    registrationClosesOn: "2024-11-10",
  })
  .returning();

const as = (
  user: { id: string },
  input: unknown,
  action = createSerdAction as never,
  slug = a.network.slug,
) => runAction(action, { db, userId: user.id, networkSlug: slug, input });

const complete = (over: Record<string, unknown> = {}) => ({
  editionId: open!.id,
  title: "Repair café",
  description: "Réparer ensemble",
  themes: ["reuse_repair"],
  format: "repair_cafe",
  targetPublics: ["general_public"],
  freeEntry: true,
  nonProfit: true,
  occurrences: [
    {
      date: "2099-11-21",
      startTime: "14:00",
      endTime: "18:00",
      place: "Médiathèque",
      communeId: commune!.id,
      expectedParticipants: "30",
    },
    {
      date: "2099-11-28",
      startTime: "10:00",
      endTime: "12:00",
      place: "Marché",
      communeId: commune!.id,
      expectedParticipants: 20,
    },
  ],
  intent: "submit",
  ...over,
});

describe("editions", () => {
  it("creates an edition of nine days, Saturday to Sunday", async () => {
    const r = await as(
      a.coordinator,
      {
        year: 2098,
        startsOn: "2098-11-22",
        endsOn: "2098-11-30",
        registrationOpensOn: "2098-09-01",
        registrationClosesOn: "2098-11-15",
      },
      createEditionAction as never,
    );
    expect(r.ok).toBe(true);
  });
  it("refuses a start that is not a Saturday, an end that is not the Sunday after, and partners", async () => {
    const bad = await as(
      a.coordinator,
      {
        year: 2097,
        startsOn: "2097-11-22",
        endsOn: "2097-11-30",
        registrationOpensOn: "2097-09-01",
        registrationClosesOn: "2097-11-15",
      },
      createEditionAction as never,
    );
    expect(bad.ok || bad.fieldErrors).toEqual({ startsOn: ["La semaine commence un samedi."] });
    const end = await as(
      a.coordinator,
      {
        year: 2097,
        startsOn: "2097-11-23",
        endsOn: "2097-11-30",
        registrationOpensOn: "2097-09-01",
        registrationClosesOn: "2097-11-15",
      },
      createEditionAction as never,
    );
    expect(end.ok || Object.keys(end.fieldErrors!)).toEqual(["endsOn"]);
    const partner = await as(
      a.partner,
      {
        year: 2096,
        startsOn: "2096-11-17",
        endsOn: "2096-11-25",
        registrationOpensOn: "2096-09-01",
        registrationClosesOn: "2096-11-10",
      },
      createEditionAction as never,
    );
    expect(partner.ok || partner.code).toBe("forbidden");
  });
});

describe("registration", () => {
  it("saves an incomplete draft with only a title, for the partner's organisation", async () => {
    const r = await as(a.partner, { editionId: open!.id, title: "Idée" });
    expect(r.ok).toBe(true);
    const [row] = await db
      .select()
      .from(serdActions)
      .where(eq(serdActions.id, r.ok ? (r.data as { id: string }).id : ""));
    expect(row).toMatchObject({ status: "draft", leadOrganisationId: a.organisation.id, themes: [] });
  });

  it("submits a complete action with two occurrences and keeps the step in the history", async () => {
    const r = await as(a.partner, complete());
    expect(r.ok).toBe(true);
    const id = r.ok ? (r.data as { id: string }).id : "";
    const detail = await getAction(db, { networkId: a.network.id, id });
    expect(detail).toMatchObject({ status: "submitted", title: "Repair café" });
    expect(detail!.occurrences).toHaveLength(2);
    expect(detail!.history.map((h) => h.kind)).toEqual(["created", "submitted"]);
  });

  it("submitting validates everything: no theme, not free, no occurrence, each named", async () => {
    const r = await as(
      a.partner,
      complete({ themes: [], freeEntry: false, nonProfit: false, occurrences: [] }),
    );
    expect(r.ok).toBe(false);
    expect(r.ok || r.fieldErrors).toMatchObject({
      themes: ["Règle SERD : au moins une thématique."],
      freeEntry: ["Règle SERD : l'action doit être gratuite."],
      nonProfit: ["Règle SERD : l'action doit être sans but lucratif."],
      occurrences: ["Ajoutez au moins une date."],
    });
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const before = await db.$count(serdActions);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "x".repeat(5000) }, "title"],
      [{ coorganiserIds: [foreignOrg.id] }, "coorganiserIds"],
      [{ occurrences: [{ ...complete().occurrences[0], date: "2099-12-01" }] }, "occurrences.0.date"],
      [
        { occurrences: [{ ...complete().occurrences[0], communeId: foreignCommune!.id }] },
        "occurrences.0.communeId",
      ],
      [
        { occurrences: [{ ...complete().occurrences[0], expectedParticipants: -3 }] },
        "occurrences.0.expectedParticipants",
      ],
      [
        { occurrences: [{ ...complete().occurrences[0], expectedParticipants: 10_000_000 }] },
        "occurrences.0.expectedParticipants",
      ],
      [{ leadOrganisationId: otherOrg.id }, "leadOrganisationId"],
    ];
    for (const [over, field] of cases) {
      const r = await as(a.partner, complete(over));
      expect(r.ok, field).toBe(false);
      expect(Object.keys((!r.ok && r.fieldErrors) || {}), field).toContain(field);
    }
    expect((await as(a.partner, complete({ title: "x".repeat(5000) }))).ok || "").toBeFalsy();
    expect(await db.$count(serdActions)).toBe(before);
  });

  it("stores HTML and script as text, unchanged", async () => {
    const title = `<script>alert("x")</script><b>Atelier</b>`;
    const r = await as(a.partner, complete({ title, description: `<img src=x onerror="alert(1)">` }));
    const [row] = await db
      .select()
      .from(serdActions)
      .where(eq(serdActions.id, r.ok ? (r.data as { id: string }).id : ""));
    expect(row!.title).toBe(title);
    expect(row!.description).toBe(`<img src=x onerror="alert(1)">`);
  });

  it("after the deadline: submitting and editing a submitted action are refused, nothing written", async () => {
    const r = await as(
      a.partner,
      complete({
        editionId: closed!.id,
        occurrences: [{ ...complete().occurrences[0], date: "2024-11-16" }],
      }),
    );
    expect(r.ok || r.error).toMatch(/date limite/);
    const draft = await as(a.partner, { editionId: closed!.id, title: "Brouillon tardif" });
    expect(draft.ok).toBe(true);
    // A submitted action of the closed edition (written directly): its organisation cannot edit it.
    const [sub] = await db
      .insert(serdActions)
      .values({
        networkId: a.network.id,
        editionId: closed!.id,
        title: "Soumise",
        leadOrganisationId: a.organisation.id,
        status: "submitted",
      })
      .returning();
    const edit = await as(
      a.partner,
      { id: sub!.id, version: 1, title: "Changée" },
      updateSerdAction as never,
    );
    expect(edit.ok || edit.code).toBe("expired");
    const [after] = await db.select().from(serdActions).where(eq(serdActions.id, sub!.id));
    expect(after).toMatchObject({ title: "Soumise", version: 1 });
    // The coordinator is not bound by the partners' deadline.
    const coord = await as(
      a.coordinator,
      {
        id: sub!.id,
        version: 1,
        ...complete({
          editionId: undefined,
          occurrences: [{ ...complete().occurrences[0], date: "2024-11-16" }],
        }),
      },
      updateSerdAction as never,
    );
    expect(coord.ok).toBe(true);
  });

  it("edits a submitted action before the deadline, keeping occurrence ids", async () => {
    const r = await as(a.partner, complete());
    const id = r.ok ? (r.data as { id: string }).id : "";
    const before = await db.select().from(serdOccurrences).where(eq(serdOccurrences.actionId, id));
    const first = before.find((o) => o.date === "2099-11-21")!;
    const edit = await as(
      a.partner,
      {
        ...complete({
          title: "Repair café du samedi",
          occurrences: [{ ...complete().occurrences[0], id: first.id, place: "Mairie" }],
        }),
        id,
        version: 1,
      },
      updateSerdAction as never,
    );
    expect(edit.ok).toBe(true);
    const after = await db.select().from(serdOccurrences).where(eq(serdOccurrences.actionId, id));
    expect(after.map((o) => [o.id, o.place])).toEqual([[first.id, "Mairie"]]);
    const history = await db
      .select()
      .from(serdActionHistory)
      .where(and(eq(serdActionHistory.actionId, id), eq(serdActionHistory.kind, "edited")));
    expect(history).toHaveLength(1);
    // A stale version is refused, nothing overwritten.
    const stale = await as(
      a.partner,
      { ...complete({ title: "Ancienne version" }), id, version: 1 },
      updateSerdAction as never,
    );
    expect(stale.ok || stale.error).toBe(
      "Cette action a été modifiée entre-temps par quelqu'un d'autre : rechargez la page.",
    );
  });
});

describe("roles and networks", () => {
  it("a partner sees their organisation's and co-organised actions only, and edits only their own", async () => {
    const led = await as(
      a.coordinator,
      complete({
        leadOrganisationId: otherOrg.id,
        coorganiserIds: [a.organisation.id],
        title: "Co-organisée",
      }),
    );
    const alone = await as(
      a.coordinator,
      complete({ leadOrganisationId: otherOrg.id, title: "Pas la mienne" }),
    );
    expect(led.ok && alone.ok).toBe(true);
    const mine = await listActions(db, {
      networkId: a.network.id,
      editionId: open!.id,
      organisationId: a.organisation.id,
    });
    expect(mine.map((r) => r.title)).toContain("Co-organisée");
    expect(mine.map((r) => r.title)).not.toContain("Pas la mienne");
    const edit = await as(
      a.partner,
      { id: led.ok ? (led.data as { id: string }).id : "", version: 1, title: "Piratée" },
      updateSerdAction as never,
    );
    expect(edit.ok || edit.code).toBe("not_found");
  });

  it("elected officials cannot register; another network's member gets not found", async () => {
    expect((await as(a.elected, complete())).ok || "forbidden").toBe("forbidden");
    const r = await as(a.partner, complete());
    const id = r.ok ? (r.data as { id: string }).id : "";
    const cross = await as(
      b.coordinator,
      { id, version: 1, title: "X" },
      updateSerdAction as never,
      b.network.slug,
    );
    expect(cross.ok || cross.code).toBe("not_found");
    const crossEdition = await as(
      b.coordinator,
      complete({ leadOrganisationId: b.organisation.id }),
      createSerdAction as never,
      b.network.slug,
    );
    expect(crossEdition.ok || crossEdition.code).toBe("not_found");
    expect(await getAction(db, { networkId: b.network.id, id })).toBeNull();
  });
});
