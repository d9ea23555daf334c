// The PLP demo network (Mulhouse-like): 100 organisations, 250 people, 39 communes.

import type { ActorType, EngagementStatus } from "@/lib/domain/enums";
import { clock, gendered, newId, People, Rng } from "./data/generators";
import { m2aCommunes } from "./data/communes";
import {
  type OrganisationSeed,
  partnerOrganisationName,
  plpOrganisations,
  plpPersonaContacts,
  wasteDirectionName,
} from "./data/organisations";
import {
  ambassadorJobTitle,
  femaleFirstNames,
  jobTitlesByType,
  lastNames,
  maleFirstNames,
  mulhouseStreets,
  plpSources,
  relaySource,
  residentSources,
  villageStreets,
} from "./data/people";

import { addCommunes, drawStatuses, type DemoData, type NewContact } from "./demo-data";

const PLP_ORG_CONTACTS = 240; // plus 10 residents without organisation
const PLP_RESIDENTS = 10;
const PLP_RELAY_ACTORS = 22;
const PLP_STALE_CONTACTS = 15; // no interaction for more than 3 years: GDPR retention review

type PlannedContact = NewContact & { orgStatus: EngagementStatus | null; fixed: boolean };

export function buildPlpNetwork(data: DemoData, now: Date) {
  const rng = new Rng(20_140_125);
  const at = clock(now, rng);
  const networkId = newId();
  data.networks.push({
    id: networkId,
    slug: "plp-demo",
    name: "PLP de démonstration",
    territoryLabel: "Agglomération de démonstration (modèle : Mulhouse Alsace Agglomération)",
    brandColor: "#1d5e4e",
  });
  const communeByName = addCommunes(data, networkId, m2aCommunes);

  // Organisations
  const statuses = drawStatuses(rng, plpOrganisations);
  const orgIds = plpOrganisations.map(() => newId());
  plpOrganisations.forEach((seed, i) => {
    const commune = seed.commune ? communeByName.get(seed.commune) : undefined;
    if (seed.commune && !commune) throw new Error(`unknown commune ${seed.commune}`);
    let address = seed.address ?? null;
    if (commune) {
      const street =
        seed.address ??
        (seed.actorType === "municipality"
          ? "1 place de la Mairie"
          : `${rng.int(1, 120)} ${rng.pick(seed.commune === "Mulhouse" ? mulhouseStreets : villageStreets)}`);
      address = `${street}, ${commune.postalCode} ${seed.commune}`;
    }
    const website =
      seed.website === false
        ? null
        : (seed.website ?? (rng.chance(0.6) ? `https://www.${seed.slug}.test` : null));
    data.organisations.push({
      id: orgIds[i],
      networkId,
      name: seed.name,
      actorType: seed.actorType,
      communeId: commune?.id ?? null,
      address,
      website,
      description: seed.description,
      tags: seed.tags,
      status: statuses[i],
      isInternalService: seed.actorType === "internal_service",
    });
  });
  const orgIndex = (name: string) => {
    const i = plpOrganisations.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`unknown organisation ${name}`);
    return i;
  };
  const wasteDirection = orgIndex(wasteDirectionName);
  const partnerOrg = orgIndex(partnerOrganisationName);

  // Demo users who also appear in the directory.
  const fixedPeople = plpPersonaContacts.map((p) => ({ ...p, org: orgIndex(p.organisation) }));

  // How many generated contacts each organisation gets (fixed roles, else by status).
  const range: Record<EngagementStatus, [number, number]> = {
    potential: [1, 2],
    contacted: [1, 3],
    engaged: [2, 4],
    core: [3, 5],
  };
  const maxFor = (s: OrganisationSeed) =>
    s.actorType === "artist" ? 1 : s.actorType === "reuse_repair_craft" || s.actorType === "resident" ? 2 : 5;
  const counts = plpOrganisations.map((s, i) => {
    if (s.roles) return s.roles.length;
    const [min, max] = range[statuses[i] ?? "potential"];
    return Math.min(maxFor(s), rng.int(min, max));
  });
  const adjustable = plpOrganisations.map((_, i) => i).filter((i) => !plpOrganisations[i]?.roles);
  const total = () => counts.reduce((a, b) => a + b, 0) + fixedPeople.length;
  while (total() < PLP_ORG_CONTACTS) {
    const i = rng.pick(adjustable);
    if ((counts[i] ?? 0) < maxFor(plpOrganisations[i] as OrganisationSeed)) counts[i] = (counts[i] ?? 0) + 1;
  }
  while (total() > PLP_ORG_CONTACTS) {
    const i = rng.pick(adjustable);
    if ((counts[i] ?? 0) > 1) counts[i] = (counts[i] ?? 0) - 1;
  }

  // Contacts
  const people = new People(rng, { female: femaleFirstNames, male: maleFirstNames, last: lastNames }, [
    "03 53 01",
    "06 39 98",
  ]);
  for (const p of fixedPeople) people.reserve(p.firstName, p.lastName, p.email);
  const planned: PlannedContact[] = [];
  for (const p of fixedPeople) {
    planned.push({
      networkId,
      organisationId: orgIds[p.org],
      firstName: p.firstName,
      lastName: p.lastName,
      email: p.email,
      phone: people.phone(),
      jobTitle: p.jobTitle,
      isAmbassador: p.jobTitle === ambassadorJobTitle,
      orgStatus: statuses[p.org] ?? null,
      fixed: true,
    });
  }
  plpOrganisations.forEach((seed, i) => {
    const titles = jobTitlesByType[seed.actorType];
    const domain = `${seed.slug}.test`;
    for (let n = 0; n < (counts[i] ?? 0); n++) {
      const person = people.person();
      const title = seed.roles?.[n] ?? (n === 0 ? titles[0] : rng.pick(titles)) ?? null;
      planned.push({
        networkId,
        organisationId: orgIds[i],
        firstName: person.firstName,
        lastName: person.lastName,
        email: rng.chance(0.95) ? people.email(person.firstName, person.lastName, domain) : null,
        phone: rng.chance(0.6) ? people.phone() : null,
        jobTitle: title ? gendered(title, person.female) : null,
        isAmbassador: title === ambassadorJobTitle,
        orgStatus: statuses[i] ?? null,
        fixed: false,
      });
    }
  });
  for (let n = 0; n < PLP_RESIDENTS; n++) {
    const person = people.person();
    planned.push({
      networkId,
      firstName: person.firstName,
      lastName: person.lastName,
      email: rng.chance(0.8)
        ? people.email(person.firstName, person.lastName, rng.pick(["courriel.test", "messagerie.test"]))
        : null,
      phone: rng.chance(0.4) ? people.phone() : null,
      source: rng.pick(residentSources),
      orgStatus: null,
      fixed: false,
    });
  }

  // Relay actors (trained) among engaged partners; stale contacts for the retention review.
  const orgIdsOfType = (...types: ActorType[]) =>
    new Set(plpOrganisations.flatMap((s, i) => (types.includes(s.actorType) ? [orgIds[i]] : [])));
  const serviceOrgIds = orgIdsOfType("internal_service");
  const notRelayOrgIds = orgIdsOfType("internal_service", "funder_institution");
  const partner = planned.find((c) => c.email === "partenaire@plp-demo.test");
  if (partner) partner.isRelayActor = true;
  const relayPool = planned.filter(
    (c) =>
      !c.fixed &&
      c.organisationId &&
      !notRelayOrgIds.has(c.organisationId) &&
      (c.orgStatus === "engaged" || c.orgStatus === "core"),
  );
  for (const c of rng.shuffle(relayPool).slice(0, PLP_RELAY_ACTORS - 1)) c.isRelayActor = true;
  const stalePool = planned.filter(
    (c) =>
      !c.fixed && !c.isRelayActor && !c.isAmbassador && c.orgStatus !== "core" && c.orgStatus !== "engaged",
  );
  const stale = new Set(rng.shuffle(stalePool).slice(0, PLP_STALE_CONTACTS));

  for (const c of planned) {
    let days: number;
    if (c.fixed) days = rng.int(1, 20);
    else if (stale.has(c)) days = rng.int(3 * 365 + 15, 4 * 365 - 5);
    else if (c.isRelayActor) days = rng.int(5, 300);
    else if (c.isAmbassador) days = rng.int(3, 120);
    else if (c.orgStatus === "core" || c.orgStatus === "engaged") days = rng.int(7, 500);
    else if (c.orgStatus === "contacted") days = rng.int(20, 900);
    else days = rng.int(60, 1050);
    c.lastInteractionAt = at(days);
    const consentAt = () => at(days + rng.int(1, 400));
    const trained = c.isRelayActor === true;
    if (rng.chance(trained ? 0.9 : 0.45)) c.consentNewsletterAt = consentAt();
    if (c.organisationId && rng.chance(trained ? 0.7 : 0.3)) c.consentPublicListingAt = consentAt();
    if (rng.chance(trained ? 0.5 : 0.2)) c.consentPhotosAt = consentAt();
    if (c.source === undefined) {
      c.source = trained
        ? relaySource
        : stale.has(c)
          ? rng.pick(["import fichier 2013", "rencontres têtes de réseau 2013"])
          : c.organisationId && serviceOrgIds.has(c.organisationId)
            ? "annuaire des services"
            : rng.pick(plpSources);
    }
    const { orgStatus: _status, fixed: _fixed, ...row } = c;
    data.contacts.push({ ...row, legalBasis: "public_task" });
  }

  return {
    networkId,
    partnerOrganisationId: orgIds[partnerOrg] as string,
    wasteDirectionId: orgIds[wasteDirection] as string,
  };
}
