import "server-only";
import { nameKey } from "@/lib/domain/search";
// The message files themselves (see values.ts).
import en from "@/lib/i18n/messages/en/import.json";
import fr from "@/lib/i18n/messages/fr/import.json";
import { fieldsOf, type ImportField, type ImportKind } from "./schemas";

// Guesses which directory field each column holds from its header, in French or English,
// ignoring case, accents and punctuation. The export's own headers are always recognised, so
// an exported file maps itself.

const synonyms: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
  organisations: {
    name: [
      "nom",
      "raison sociale",
      "name",
      "nom de la structure",
      "structure",
      "organisation",
      "organization",
      "denomination",
    ],
    actorType: [
      "type",
      "type d acteur",
      "type de structure",
      "type d organisation",
      "actor type",
      "organisation type",
      "kind",
    ],
    ewwrCategory: ["categorie serd", "categorie ewwr", "ewwr", "ewwr category", "categorie"],
    status: ["statut", "statut d engagement", "engagement", "status", "engagement status", "etat"],
    commune: ["commune", "ville", "localite", "code insee", "insee", "municipality", "city", "town"],
    address: ["adresse", "adresse postale", "address", "street address"],
    latitude: ["latitude", "lat"],
    longitude: ["longitude", "lon", "lng", "long"],
    website: ["site web", "site", "site internet", "internet", "web", "url", "website", "web site"],
    description: ["description", "presentation", "activite", "activites", "about"],
    tags: ["etiquettes", "etiquette", "tags", "tag", "mots cles", "keywords", "thematiques"],
    isInternalService: ["service interne", "service de la collectivite", "internal service", "internal"],
  },
  contacts: {
    firstName: ["prenom", "first name", "firstname", "given name", "forename"],
    lastName: ["nom", "nom de famille", "last name", "lastname", "surname", "family name", "name"],
    email: [
      "courriel",
      "e mail",
      "email",
      "mail",
      "adresse electronique",
      "adresse mail",
      "adresse e mail",
      "adresse courriel",
      "email address",
    ],
    phone: ["telephone", "tel", "portable", "mobile", "phone", "phone number", "telephone number"],
    jobTitle: ["fonction", "poste", "job title", "job", "title", "position"],
    organisation: [
      "structure",
      "organisation",
      "organization",
      "raison sociale",
      "employeur",
      "entreprise",
      "company",
      "employer",
    ],
    isRelayActor: ["acteur relais", "acteurs relais", "relais", "relay actor", "relay"],
    isAmbassador: ["ambassadeur", "ambassadrice", "ambassadeur rice", "ambassador"],
    legalBasis: ["base legale", "fondement", "legal basis"],
    consentNewsletter: ["newsletter", "lettre d information", "consentement newsletter"],
    consentPublicListing: ["annuaire public", "consentement annuaire"],
    consentPhotos: ["photos", "droit a l image", "consentement image"],
    source: ["source", "origine", "origin"],
  },
};

/** Every accepted header key → field, for one kind: the labels of both languages, then synonyms. */
function headerKeys(kind: ImportKind): Map<string, ImportField> {
  const keys = new Map<string, ImportField>();
  const labels = [fr.import.fields[kind], en.import.fields[kind]] as Record<string, string>[];
  for (const field of fieldsOf[kind]) {
    for (const l of labels) if (!keys.has(nameKey(l[field]!))) keys.set(nameKey(l[field]!), field);
    keys.set(nameKey(field), field);
  }
  for (const field of fieldsOf[kind]) {
    for (const s of synonyms[kind][field] ?? []) if (!keys.has(s)) keys.set(s, field);
  }
  return keys;
}

/** The guessed field of each column ("" for none); a field goes to the first column that names it. */
export function guessMapping(kind: ImportKind, headers: string[]): string[] {
  const keys = headerKeys(kind);
  const taken = new Set<ImportField>();
  const exact = headers.map((h) => keys.get(nameKey(h)));
  for (const f of exact) if (f) taken.add(f);
  return headers.map((header, i) => {
    const found = exact[i];
    if (found) return exact.indexOf(found) === i ? found : "";
    // "Courriel professionnel", "Téléphone (portable)": a header that starts with a known name.
    const key = nameKey(header);
    for (const [known, field] of keys) {
      if (known.length >= 4 && key.startsWith(`${known} `) && !taken.has(field)) {
        taken.add(field);
        return field;
      }
    }
    return "";
  });
}
