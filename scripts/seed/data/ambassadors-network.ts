// The small "Réseau des ambassadeurs (démo)": a treatment syndicate of 9 member
// collectivities in the Morbihan (model: SITTOM-MI). Names are modelled on real
// intercommunalities of the area; the contacts are fictitious.

import type { EngagementStatus } from "@/lib/domain/enums";

export type CollectivitySeed = {
  name: string;
  /** Seat, one of `morbihanCommunes`. */
  commune: string;
  slug: string;
  address: string;
  status: EngagementStatus;
  /** A member is an EPCI (a grouping of communes), or a commune that joined the syndicate directly. */
  actorType: "epci" | "municipality";
  /** Number of sorting and prevention ambassadors (1 to 3); each collectivity also has a technician. */
  ambassadors: number;
  description: string;
};

export const ambassadorCollectivityName = "Communauté de communes du Pays de Baud";

export const memberCollectivities: CollectivitySeed[] = [
  {
    name: "Pontivy Communauté",
    commune: "Pontivy",
    slug: "pontivy-communaute",
    address: "1 place Aristide-Briand",
    status: "core",
    actorType: "epci",
    ambassadors: 3,
    description: "Communauté de communes du centre Bretagne ; équipe de trois ambassadeurs du tri.",
  },
  {
    name: ambassadorCollectivityName,
    commune: "Baud",
    slug: "cc-pays-de-baud",
    address: "12 rue de Pontivy",
    status: "core",
    actorType: "epci",
    ambassadors: 2,
    description: "Collectivité membre ; animations dans les écoles et sur les marchés.",
  },
  {
    name: "Communauté de communes du Pays de Locminé",
    commune: "Locminé",
    slug: "cc-pays-de-locmine",
    address: "6 rue du Général-de-Gaulle",
    status: "engaged",
    actorType: "epci",
    ambassadors: 2,
    description: "Collectivité membre ; opération « foyers témoins » sur la réduction des déchets.",
  },
  {
    name: "Communauté de communes de Saint-Jean-Brévelay",
    commune: "Saint-Jean-Brévelay",
    slug: "cc-saint-jean-brevelay",
    address: "3 rue de Rennes",
    status: "engaged",
    actorType: "epci",
    ambassadors: 1,
    description: "Collectivité membre ; recrutement récent d'une ambassadrice du tri.",
  },
  {
    name: "Communauté de communes du Pays de Josselin",
    commune: "Josselin",
    slug: "cc-pays-de-josselin",
    address: "9 rue des Trente",
    status: "engaged",
    actorType: "epci",
    ambassadors: 1,
    description: "Collectivité membre ; promotion du compostage individuel.",
  },
  {
    name: "Ploërmel Communauté",
    commune: "Ploërmel",
    slug: "ploermel-communaute",
    address: "24 rue du Val",
    status: "core",
    actorType: "epci",
    ambassadors: 3,
    description: "Collectivité membre ; gère une ressourcerie avec une association locale.",
  },
  {
    name: "Communauté de communes de Mauron en Brocéliande",
    commune: "Mauron",
    slug: "cc-mauron-broceliande",
    address: "2 place Henri-Thébault",
    status: "engaged",
    actorType: "epci",
    ambassadors: 1,
    description: "Collectivité membre ; porte-à-porte lors du passage à la redevance incitative.",
  },
  {
    name: "Communauté de communes du Val d'Oust et de Lanvaux",
    commune: "Malestroit",
    slug: "cc-val-oust-lanvaux",
    address: "5 rue Théophile-Rouxel",
    status: "engaged",
    actorType: "epci",
    ambassadors: 2,
    description: "Collectivité membre ; stands de sensibilisation dans les déchèteries.",
  },
  {
    name: "Commune de Rohan",
    commune: "Rohan",
    slug: "mairie-rohan",
    address: "Place de la Mairie",
    status: "engaged",
    actorType: "municipality",
    ambassadors: 1,
    description: "Seule commune adhérant directement au syndicat.",
  },
];

export const syndicate = {
  name: "Syndicat de traitement des déchets du Morbihan intérieur",
  commune: "Pontivy",
  slug: "syndicat-demo",
  address: "Zone d'activités de Kerguilloten",
  description:
    "Syndicat de traitement des 9 collectivités membres ; coordonne le réseau des ambassadeurs du tri et de la prévention (10 % d'un ETP).",
  /** Job titles of its agents other than the coordinator (a demo user). */
  roles: ["Directeur du syndicat|Directrice du syndicat", "Chargé de communication|Chargée de communication"],
};

export const technicianJobTitle = "Technicien prévention et collecte|Technicienne prévention et collecte";
