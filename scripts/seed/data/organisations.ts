// The ~100 organisations of the "PLP de démonstration" (model: Mulhouse Alsace Agglomération).
// Apart from a few public bodies named as such (university, CROUS, hospital, chamber of trades,
// CAF, ADEME, Région, Collectivité européenne d'Alsace), the organisations are fictitious.

import { ambassadorJobTitle } from "./people";
import { partnerOrganisationName, wasteDirectionName, type OrganisationSeed } from "./organisation-seed";

export { partnerOrganisationName, wasteDirectionName, type OrganisationSeed } from "./organisation-seed";

/** The small tag vocabulary of the demo directory. */
export const tagVocabulary = [
  "réemploi",
  "réparation",
  "compostage",
  "gaspillage alimentaire",
  "éducation",
  "quartiers prioritaires",
  "couches lavables",
  "jardinage au naturel",
  "zéro déchet",
  "textile",
  "insertion",
  "sensibilisation",
] as const;

/** Demo users who also appear in the directory of the PLP (see `demoAccounts`). */
export const plpPersonaContacts = [
  {
    organisation: wasteDirectionName,
    firstName: "Claire",
    lastName: "Moreau",
    email: "coordination@plp-demo.test",
    jobTitle: "Chargée de mission prévention des déchets",
  },
  {
    organisation: wasteDirectionName,
    firstName: "Élodie",
    lastName: "Le Gall",
    email: "ambassadeur@plp-demo.test",
    jobTitle: ambassadorJobTitle,
  },
  {
    organisation: partnerOrganisationName,
    firstName: "Karim",
    lastName: "Benali",
    email: "partenaire@plp-demo.test",
    jobTitle: "Responsable de la ressourcerie",
  },
];

import { civilSocietyOrganisations } from "./organisations-civil-society";
import { economyOrganisations } from "./organisations-economy";
import { publicOrganisations } from "./organisations-public";

/** In a fixed order: the demo's statuses are drawn over this list. */
export const plpOrganisations: OrganisationSeed[] = [
  ...civilSocietyOrganisations,
  ...publicOrganisations,
  ...economyOrganisations,
];
