import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { contactErasures, contacts, trainingTrainers } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { ErasureReason } from "./schemas";
import { audit } from "@/server/audit";

type Scope = { networkId: string; userId: string | null };

/** What an erased person's name becomes: neutral, and read as "Personne effacée" in every list. */
export const erasedFirstName = "Personne";
export const erasedLastName = "effacée";

/**
 * The anonymised identity. The row and its id stay, with the organisation, the relay-actor and
 * ambassador flags and the dates that are not identity, so that every figure joining to the
 * contact (participations, people per organisation, relay actors) stays true.
 */
function anonymised(now: Date) {
  return {
    firstName: erasedFirstName,
    lastName: erasedLastName,
    email: null,
    phone: null,
    jobTitle: null,
    source: null,
    consentNewsletterAt: null,
    consentPublicListingAt: null,
    consentPhotosAt: null,
    searchText: "",
    erasedAt: now,
    updatedAt: now,
  };
}

/**
 * Erases the given people of the network in one transaction, all or none: an id that is unknown,
 * of another network or already erased makes the whole erasure "not found". Each erasure is
 * logged (who, when, why) without any of the erased data.
 */
async function eraseInTransaction(
  db: Db,
  scope: Scope,
  ids: string[],
  reason: ErasureReason,
): Promise<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const now = new Date();
    // The erasedAt condition is re-checked after a concurrent erasure's row lock is released,
    // so two simultaneous erasures of one person log it once and the second one fails.
    const erased = await tx
      .update(contacts)
      .set(anonymised(now))
      .where(
        and(eq(contacts.networkId, scope.networkId), inArray(contacts.id, unique), isNull(contacts.erasedAt)),
      )
      .returning({ id: contacts.id });
    if (erased.length !== unique.length) throw new ActionError("not_found");
    // A trainer of a training cycle named after the person keeps the row (the sessions point to it)
    // but not the copied name and email.
    await tx
      .update(trainingTrainers)
      .set({ name: `${erasedFirstName} ${erasedLastName}`, email: null })
      .where(and(eq(trainingTrainers.networkId, scope.networkId), inArray(trainingTrainers.contactId, unique)));
    await tx.insert(contactErasures).values(
      erased.map((c) => ({
        networkId: scope.networkId,
        contactId: c.id,
        erasedById: scope.userId,
        reason,
        erasedAt: now,
      })),
    );
    for (const c of erased) await audit(tx, { networkId: scope.networkId, action: "directory.contactsErased", entity: "contacts", entityId: c.id, summary: { reason } });
    return erased.length;
  });
}

/** Erases one person (GDPR art. 17): their identity is anonymised in place and the erasure logged. */
export async function eraseContact(
  db: Db,
  scope: Scope & { id: string },
  reason: ErasureReason,
): Promise<void> {
  await eraseInTransaction(db, scope, [scope.id], reason);
}

/** Erases the people selected in the retention review: all of them, or none if one cannot be. */
export async function eraseContacts(
  db: Db,
  scope: Scope,
  { ids, reason }: { ids: string[]; reason: ErasureReason },
): Promise<{ erased: number }> {
  return { erased: await eraseInTransaction(db, scope, ids, reason) };
}
