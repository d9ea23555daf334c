// The ambassadors' demo network (SITTOM-MI-like): 9 member collectivities and their ambassadors.

import type { EngagementStatus } from "@/lib/domain/enums";
import {
  ambassadorCollectivityName,
  memberCollectivities,
  syndicate,
  technicianJobTitle,
} from "./data/ambassadors-network";
import { clock, gendered, newId, People, Rng } from "./data/generators";
import { morbihanCommunes } from "./data/communes";
import {
  ambassadorJobTitle,
  ambassadorsNetworkSources,
  bretonFemaleFirstNames,
  bretonLastNames,
  bretonMaleFirstNames,
} from "./data/people";

import { addCommunes, type DemoData } from "./demo-data";

export function buildAmbassadorsNetwork(data: DemoData, now: Date) {
  const rng = new Rng(20_120_101);
  const at = clock(now, rng);
  const networkId = newId();
  data.networks.push({
    id: networkId,
    slug: "ambassadeurs-demo",
    name: "Réseau des ambassadeurs (démo)",
    territoryLabel: "Syndicat de traitement de démonstration — 9 collectivités membres (modèle : SITTOM-MI)",
    brandColor: "#6b2f7a",
    kind: "ambassadors",
  });
  const communeByName = addCommunes(data, networkId, morbihanCommunes);
  const people = new People(
    rng,
    { female: bretonFemaleFirstNames, male: bretonMaleFirstNames, last: bretonLastNames },
    ["02 61 91", "06 39 98"],
  );
  people.reserve("Élodie", "Le Gall", "ambassadeur@plp-demo.test");
  people.reserve("Yann", "Le Floch", "coordination@ambassadeurs-demo.test");

  const addOrganisation = (
    seed: {
      name: string;
      commune: string;
      slug: string;
      address: string;
      description: string;
      actorType?: "epci" | "municipality";
    },
    status: EngagementStatus,
    internal: boolean,
  ) => {
    const commune = communeByName.get(seed.commune);
    if (!commune) throw new Error(`unknown commune ${seed.commune}`);
    const id = newId();
    data.organisations.push({
      id,
      networkId,
      name: seed.name,
      actorType: internal ? "internal_service" : (seed.actorType ?? "epci"),
      communeId: commune.id,
      address: `${seed.address}, ${commune.postalCode} ${seed.commune}`,
      website: internal ? null : `https://www.${seed.slug}.test`,
      description: seed.description,
      tags: internal
        ? ["sensibilisation"]
        : ["sensibilisation", rng.pick(["compostage", "réemploi", "zéro déchet"])],
      status,
      isInternalService: internal,
    });
    return id;
  };
  const addContact = (
    organisationId: string,
    domain: string,
    jobTitle: string,
    fixed?: { firstName: string; lastName: string; email: string },
  ) => {
    const person = fixed ? { ...fixed, female: fixed.firstName === "Élodie" } : people.person();
    const isAmbassador = jobTitle === ambassadorJobTitle;
    const days = fixed ? rng.int(1, 15) : rng.int(3, 240);
    const consentAt = () => at(days + rng.int(1, 400));
    data.contacts.push({
      networkId,
      organisationId,
      firstName: person.firstName,
      lastName: person.lastName,
      email: fixed?.email ?? people.email(person.firstName, person.lastName, `${domain}.test`),
      phone: people.phone(),
      jobTitle: gendered(jobTitle, person.female),
      isAmbassador,
      legalBasis: "public_task",
      consentNewsletterAt: rng.chance(0.5) ? consentAt() : null,
      consentPublicListingAt: rng.chance(0.6) ? consentAt() : null,
      consentPhotosAt: rng.chance(isAmbassador ? 0.6 : 0.3) ? consentAt() : null,
      lastInteractionAt: at(days),
      source: rng.pick(ambassadorsNetworkSources),
    });
  };

  const syndicateId = addOrganisation(syndicate, "core", true);
  addContact(syndicateId, syndicate.slug, "Chargé de mission Contrat territorial déchets", {
    firstName: "Yann",
    lastName: "Le Floch",
    email: "coordination@ambassadeurs-demo.test",
  });
  for (const role of syndicate.roles) addContact(syndicateId, syndicate.slug, role);

  let ambassadorCollectivityId: string | undefined;
  for (const seed of memberCollectivities) {
    const id = addOrganisation(seed, seed.status, false);
    const isElodies = seed.name === ambassadorCollectivityName;
    if (isElodies) {
      ambassadorCollectivityId = id;
      addContact(id, seed.slug, ambassadorJobTitle, {
        firstName: "Élodie",
        lastName: "Le Gall",
        email: "ambassadeur@plp-demo.test",
      });
    }
    for (let n = isElodies ? 1 : 0; n < seed.ambassadors; n++) addContact(id, seed.slug, ambassadorJobTitle);
    addContact(id, seed.slug, technicianJobTitle);
  }
  if (!ambassadorCollectivityId) throw new Error(`unknown collectivity ${ambassadorCollectivityName}`);
  return { networkId, ambassadorCollectivityId };
}
