import type { contacts } from "@/db/schema";
import type { Db } from "@/db/types";
import { insertContact } from "./index";

// Test data for the GDPR tests: contacts with every identity field filled, so that a test can
// check that each one is exported, or that each one disappears.

let n = 0;

export async function insertContactWithEveryField(
  db: Db,
  over: Partial<typeof contacts.$inferInsert> & { networkId: string },
  organisationName?: string | null,
) {
  n += 1;
  return insertContact(
    db,
    {
      phone: `03 89 00 00 ${String(n).padStart(2, "0")}`,
      jobTitle: "Chargée de mission prévention",
      source: "conseil d'acteurs 2024",
      isRelayActor: true,
      consentNewsletterAt: new Date("2024-01-10T10:00:00Z"),
      consentPublicListingAt: new Date("2024-01-10T10:00:00Z"),
      consentPhotosAt: new Date("2024-01-10T10:00:00Z"),
      lastInteractionAt: new Date("2025-05-01T10:00:00Z"),
      ...over,
    },
    organisationName,
  );
}
