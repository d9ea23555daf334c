// Vocabulary used to generate the demo people: job titles, streets, sources (names: names.ts).
// Job titles written "masculine|feminine" are picked according to the generated first name.

import type { ActorType } from "@/lib/domain/enums";

export {
  bretonFemaleFirstNames,
  bretonLastNames,
  bretonMaleFirstNames,
  femaleFirstNames,
  lastNames,
  maleFirstNames,
} from "./names";

/** Streets of Mulhouse, and generic streets for the other communes (numbers are generated). */
export const mulhouseStreets = [
  "rue du Sauvage",
  "avenue de Colmar",
  "rue de Bâle",
  "boulevard de l'Europe",
  "rue Lefebvre",
  "rue de Pfastatt",
  "rue Vauban",
  "avenue Aristide-Briand",
  "rue de la Mertzau",
  "rue d'Illzach",
  "rue du Runtz",
  "rue Josué-Hofer",
  "rue de Thann",
  "rue Franklin",
  "rue de la Sinne",
  "rue des Franciscains",
  "rue de Soultz",
  "rue de Belfort",
  "rue d'Altkirch",
  "rue de Brunstatt",
];

export const villageStreets = [
  "rue Principale",
  "rue de la Gare",
  "Grand'Rue",
  "rue de l'Église",
  "rue des Écoles",
  "rue du Général-de-Gaulle",
  "rue de Mulhouse",
  "rue des Vosges",
  "rue du Rhin",
  "rue des Jardins",
  "rue des Vignes",
  "rue des Prés",
  "rue de la Hardt",
  "rue du Moulin",
  "rue des Tilleuls",
  "rue de la Liberté",
  "rue du Stade",
  "rue des Lilas",
];

export const jobTitlesByType: Record<ActorType, string[]> = {
  env_association: [
    "Président|Présidente",
    "Animateur nature|Animatrice nature",
    "Chargé de projets|Chargée de projets",
    "Coordinateur|Coordinatrice",
    "Bénévole",
    "Éducateur à l'environnement|Éducatrice à l'environnement",
  ],
  neighbourhood_association: [
    "Directeur du centre social|Directrice du centre social",
    "Référent familles|Référente familles",
    "Animateur jeunesse|Animatrice jeunesse",
    "Conseiller en économie sociale et familiale|Conseillère en économie sociale et familiale",
    "Bénévole",
  ],
  social_economy: [
    "Directeur|Directrice",
    "Encadrant technique|Encadrante technique",
    "Responsable de boutique",
    "Chargé d'insertion|Chargée d'insertion",
    "Coordinateur|Coordinatrice",
    "Valoriste",
  ],
  artist: ["Plasticien|Plasticienne", "Artiste", "Comédien|Comédienne"],
  municipality: [
    "Adjoint au maire chargé de l'environnement|Adjointe au maire chargée de l'environnement",
    "Directeur général des services|Directrice générale des services",
    "Responsable des services techniques",
    "Chargé de communication|Chargée de communication",
    "Secrétaire de mairie",
    "Responsable de la restauration scolaire",
  ],
  epci: [
    "Directeur général des services|Directrice générale des services",
    "Responsable du service déchets",
    "Ambassadeur du tri|Ambassadrice du tri",
  ],
  internal_service: [
    "Chef de service|Cheffe de service",
    "Chargé de mission|Chargée de mission",
    "Assistant administratif|Assistante administrative",
    "Technicien|Technicienne",
    "Chargé de projets|Chargée de projets",
  ],
  resident: ["Habitant référent|Habitante référente", "Membre du collectif", "Porte-parole du collectif"],
  citizen_council: [
    "Membre du conseil citoyen",
    "Coordinateur|Coordinatrice",
    "Habitant membre|Habitante membre",
  ],
  public_institution: [
    "Chargé de mission développement durable|Chargée de mission développement durable",
    "Responsable de la restauration",
    "Directeur du patrimoine|Directrice du patrimoine",
    "Responsable logistique",
    "Chargé de la vie étudiante|Chargée de la vie étudiante",
  ],
  large_company: [
    "Responsable RSE",
    "Responsable environnement",
    "Directeur de site|Directrice de site",
    "Responsable des services généraux",
    "Chargé de communication interne|Chargée de communication interne",
  ],
  social_landlord: [
    "Chargé de développement social|Chargée de développement social",
    "Gardien d'immeuble|Gardienne d'immeuble",
    "Responsable de secteur",
    "Chargé de gestion locative|Chargée de gestion locative",
  ],
  reuse_repair_craft: ["Gérant|Gérante", "Artisan réparateur|Artisane réparatrice", "Apprenti|Apprentie"],
  school: [
    "Directeur|Directrice",
    "Enseignant|Enseignante",
    "Gestionnaire",
    "Conseiller principal d'éducation|Conseillère principale d'éducation",
    "Professeur de SVT|Professeure de SVT",
  ],
  network_head: [
    "Délégué départemental|Déléguée départementale",
    "Président|Présidente",
    "Chargé de mission|Chargée de mission",
    "Coordinateur de réseau|Coordinatrice de réseau",
  ],
  funder_institution: [
    "Ingénieur économie circulaire|Ingénieure économie circulaire",
    "Chargé de mission déchets|Chargée de mission déchets",
    "Chef de projet|Cheffe de projet",
  ],
};

export const ambassadorJobTitle = "Ambassadeur·rice du tri et de la prévention";

/** Where a contact of the PLP came from (free text in the directory). */
export const plpSources = [
  "import fichier 2013",
  "rencontres têtes de réseau 2013",
  "concertation thématique 2013",
  "conseil d'acteurs 2014",
  "préparation SERD 2014",
  "SERD 2015",
  "conseil d'acteurs 2015",
  "site internet du PLP",
];

export const relaySource = "formation acteurs relais";

export const residentSources = [
  "stand SERD 2015",
  "site internet du PLP",
  "conseil d'acteurs 2014",
  "atelier compostage",
];

export const ambassadorsNetworkSources = [
  "annuaire des collectivités membres",
  "réunion du réseau des ambassadeurs",
  "journée de visite de sites",
];
