import ICAL from "ical.js";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ActionView } from "@/features/serd/components/agenda/action-view";
import { AgendaView } from "@/features/serd/components/agenda/agenda-view";
import { contacts } from "@/db/schema";
import {
  insertAction,
  insertEdition,
  insertOrganisations,
} from "@/test/factories/serd-figures";
import { testDb as db } from "@/test/db";
import { createNetwork, insertCommunes } from "@/test/factories/index";
import { loadAgenda } from "./agenda";
import { occurrenceCalendar } from "./ics";
import { getPublicAction, getPublicNetwork, getPublicOccurrence, listAgendaOccurrences } from "./queries";
import { agendaFiltersSchema } from "./schemas";


type Ids = Record<string, string>;
const ids: Ids = {};
beforeAll(async () => {
  const network = await createNetwork(db, { slug: "agenda-test", name: "Agglo Test", brandColor: "#7a1f5c" });
  const [mulhouse, illzach] = await insertCommunes(db, network.id, ["Mulhouse", "Illzach"]);
  const [lead, co, other] = await insertOrganisations(db, network.id, [
    { name: "Repair Café Mulhouse", actorType: "env_association", website: "https://repair.example" },
    { name: "Centre social Papin", actorType: "neighbourhood_association" },
    { name: "Autre structure", actorType: "artist" },
  ]);
  await db.insert(contacts).values([
    {
      networkId: network.id,
      organisationId: lead!.id,
      firstName: "Léa",
      lastName: "Martin",
      email: "lea@repair.example",
      consentPublicListingAt: new Date(),
    },
    {
      networkId: network.id,
      organisationId: lead!.id,
      firstName: "Paul",
      lastName: "Secret",
      email: "paul@repair.example",
    },
    {
      networkId: network.id,
      organisationId: co!.id,
      firstName: "Ana",
      lastName: "Archivée",
      email: "ana@papin.example",
      consentPublicListingAt: new Date(),
      archivedAt: new Date(),
    },
    {
      networkId: network.id,
      organisationId: co!.id,
      firstName: "Sami",
      lastName: "Papin",
      email: "sami@papin.example",
      consentPublicListingAt: new Date(),
    },
  ]);
  await insertEdition(db, {
    networkId: network.id,
    year: 2025,
    startsOn: "2025-11-22",
    endsOn: "2025-11-30",
  });
  const edition = await insertEdition(db, {
    networkId: network.id,
    year: 2026,
    startsOn: "2026-11-21",
    endsOn: "2026-11-29",
  });
  const repair = await insertAction(db, {
    networkId: network.id,
    editionId: edition.id,
    leadOrganisationId: lead!.id,
    title: "Répar'café <b>géant</b>",
    description: "Apportez vos objets.\n<script>alert('x')</script>",
    themes: ["reuse_repair"],
    targetPublics: ["families"],
    format: "repair_cafe",
    coorganiserIds: [co!.id],
    occurrences: [
      {
        date: "2026-11-21",
        startTime: "14:00",
        endTime: "18:00",
        place: "Salle Papin",
        communeId: mulhouse!.id,
        latitude: 47.75,
        longitude: 7.33,
      },
      {
        date: "2026-11-25",
        startTime: "09:00",
        endTime: "12:00",
        place: "Médiathèque",
        communeId: illzach!.id,
      },
    ],
  });
  const compost = await insertAction(db, {
    networkId: network.id,
    editionId: edition.id,
    leadOrganisationId: other!.id,
    title: "Initiation au compostage",
    themes: ["composting", "food_waste"],
    targetPublics: ["general_public", "seniors"],
    occurrences: [{ date: "2026-11-25", communeId: mulhouse!.id }],
  });
  const draft = await insertAction(db, {
    networkId: network.id,
    editionId: edition.id,
    leadOrganisationId: lead!.id,
    status: "submitted",
    title: "Pas encore labellisée",
    themes: ["reuse_repair"],
    occurrences: [{ date: "2026-11-21", communeId: mulhouse!.id }],
  });
  const elsewhere = await createNetwork(db, { slug: "agenda-ailleurs" });
  const [elsewhereOrg] = await insertOrganisations(db, elsewhere.id, [
    { name: "Ailleurs", actorType: "artist" },
  ]);
  const elsewhereEdition = await insertEdition(db, { networkId: elsewhere.id, year: 2026 });
  const foreign = await insertAction(db, {
    networkId: elsewhere.id,
    editionId: elsewhereEdition.id,
    leadOrganisationId: elsewhereOrg!.id,
    title: "Action d'un autre réseau",
    themes: ["reuse_repair"],
    occurrences: [{ date: "2026-11-21" }],
  });
  Object.assign(ids, {
    networkId: network.id,
    editionId: edition.id,
    mulhouse: mulhouse!.id,
    repair: repair.action.id,
    repairFirst: repair.occurrences[0]!.id,
    compost: compost.action.id,
    compostOccurrence: compost.occurrences[0]!.id,
    draft: draft.action.id,
    draftOccurrence: draft.occurrences[0]!.id,
    foreign: foreign.action.id,
  });
});

const list = (filters: Record<string, string> = {}) =>
  listAgendaOccurrences(db, {
    networkId: ids.networkId!,
    editionId: ids.editionId!,
    filters: agendaFiltersSchema.parse(filters),
  });

describe("public SERD agenda", () => {
  it("lists the labelled occurrences of the network's edition only, in day order", async () => {
    const rows = await list();
    expect(rows.map((r) => [r.date, r.title])).toEqual([
      ["2026-11-21", "Répar'café <b>géant</b>"],
      ["2026-11-25", "Initiation au compostage"],
      ["2026-11-25", "Répar'café <b>géant</b>"],
    ]);
  });

  it("filters by theme, public, commune and day; ignores values that do not parse", async () => {
    expect((await list({ theme: "composting" })).map((r) => r.title)).toEqual(["Initiation au compostage"]);
    expect((await list({ public: "families" })).map((r) => r.date)).toEqual(["2026-11-21", "2026-11-25"]);
    expect(await list({ commune: ids.mulhouse! })).toHaveLength(2);
    expect((await list({ day: "2026-11-25" })).map((r) => r.title)).toEqual([
      "Initiation au compostage",
      "Répar'café <b>géant</b>",
    ]);
    expect(await list({ theme: "composting", commune: ids.mulhouse!, day: "2026-11-21" })).toEqual([]);
    expect(await list({ theme: "<script>", commune: "x", day: "demain" })).toHaveLength(3);
  });

  it("opens the running or latest edition, a given year, and nothing for unknown ones", async () => {
    const latest = await loadAgenda(db, { slug: "agenda-test", filters: {}, now: new Date("2026-03-01") });
    expect(latest!.edition.year).toBe(2026);
    expect(latest!.years).toEqual([2026, 2025]);
    expect(latest!.days).toHaveLength(9);
    expect(latest!.communes.map((c) => c.name)).toEqual(["Illzach", "Mulhouse"]);
    const running = await loadAgenda(db, {
      slug: "agenda-test",
      filters: {},
      now: new Date("2025-11-24T10:00:00Z"),
    });
    expect(running!.edition.year).toBe(2025);
    expect(running!.occurrences).toEqual([]);
    expect(await loadAgenda(db, { slug: "agenda-test", year: 2024, filters: {} })).toBeNull();
    expect(await loadAgenda(db, { slug: "inconnu", filters: {} })).toBeNull();
  });

  it("renders the list as text, grouped by day, with the network's name", async () => {
    const data = await loadAgenda(db, { slug: "agenda-test", year: 2026, filters: {} });
    const html = renderToString(createElement(AgendaView, { data: data!, locale: "fr", explicitYear: true }));
    expect(html).toContain("Agglo Test");
    expect(html).toContain("<h1");
    expect(html).toContain("samedi 21 novembre 2026");
    expect(html).toContain("Répar&#x27;café &lt;b&gt;géant&lt;/b&gt;");
    expect(html).not.toContain("<b>géant");
    expect(html).not.toContain("Pas encore labellisée");
    expect(html).toContain(`/agenda/agenda-test/actions/${ids.repair}`);
    expect(html).toContain("3 rendez-vous");
  });
});

describe("public action page", () => {
  it("shows a labelled action with its organisers, lead first, and consenting contacts only", async () => {
    const network = (await getPublicNetwork(db, { slug: "agenda-test" }))!;
    const action = (await getPublicAction(db, { networkId: network.id, id: ids.repair! }))!;
    expect(action.organisers.map((o) => [o.name, o.lead])).toEqual([
      ["Repair Café Mulhouse", true],
      ["Centre social Papin", false],
    ]);
    expect(action.organisers.flatMap((o) => o.contacts.map((c) => c.name))).toEqual([
      "Léa Martin",
      "Sami Papin",
    ]);
    const html = renderToString(createElement(ActionView, { network, action, locale: "fr" }));
    expect(html).toContain("lea@repair.example");
    expect(html).not.toContain("paul@repair.example");
    expect(html).not.toContain("ana@papin.example");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain(`/api/public/serd/occurrences/${ids.repairFirst}`);
  });

  it("answers null for a non-labelled action or another network's", async () => {
    expect(await getPublicAction(db, { networkId: ids.networkId!, id: ids.draft! })).toBeNull();
    expect(await getPublicAction(db, { networkId: ids.networkId!, id: ids.foreign! })).toBeNull();
    expect(await getPublicOccurrence(db, { id: ids.draftOccurrence! })).toBeNull();
  });
});

describe("calendar file of an occurrence", () => {
  const paris = (d: Date) =>
    new Intl.DateTimeFormat("fr-FR", {
      timeZone: "Europe/Paris",
      dateStyle: "short",
      timeStyle: "short",
    }).format(d);
  const parse = (ics: string) =>
    new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);

  it("gives the Paris times, title, place and the action's page", async () => {
    const file = await occurrenceCalendar(db, {
      id: ids.repairFirst!,
      appUrl: "https://relais.example/",
      locale: "fr",
    });
    const event = parse(file!.body);
    expect(event.summary).toBe("Répar'café <b>géant</b>");
    expect(paris(event.startDate.toJSDate())).toBe("21/11/2026 14:00");
    expect(paris(event.endDate.toJSDate())).toBe("21/11/2026 18:00");
    expect(event.location).toBe("Salle Papin, Mulhouse");
    expect(event.description).toContain(`https://relais.example/agenda/agenda-test/actions/${ids.repair}`);
    expect(event.uid).toBe(`serd-occurrence-${ids.repairFirst}@relais`);
  });

  it("spans the whole day when no times are given, and refuses non-labelled occurrences", async () => {
    const file = await occurrenceCalendar(db, {
      id: ids.compostOccurrence!,
      appUrl: "https://relais.example",
      locale: "fr",
    });
    const event = parse(file!.body);
    expect(paris(event.startDate.toJSDate())).toBe("25/11/2026 00:00");
    expect(paris(event.endDate.toJSDate())).toBe("26/11/2026 00:00");
    expect(
      await occurrenceCalendar(db, { id: ids.draftOccurrence!, appUrl: "https://x", locale: "fr" }),
    ).toBeNull();
  });
});
