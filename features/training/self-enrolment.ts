import "server-only";
import { and, eq } from "drizzle-orm";
import { contacts, networks, trainingCycles } from "@/db/schema";
import type { Db } from "@/db/types";
import { createContact } from "@/features/directory/mutations";
import { ActionError } from "@/lib/action-result";
import { hashToken, newToken } from "@/server/auth/tokens";
import { requestEnrolment } from "./enrolment";
import type { SelfEnrolInput } from "./schemas";

// The cycle's invitation link: anyone holding it asks to join, with no account. The request is
// a "requested" enrolment, no seat, until the coordinator accepts it. Only the token's hash is kept.

/** Makes a new link for the cycle (the previous one stops working) and returns its token. */
export async function createEnrolmentLink(db: Db, { networkId, cycleId }: { networkId: string; cycleId: string }) {
  const { token, tokenHash } = newToken();
  const [row] = await db
    .update(trainingCycles)
    .set({ enrolmentTokenHash: tokenHash })
    .where(and(eq(trainingCycles.id, cycleId), eq(trainingCycles.networkId, networkId)))
    .returning({ id: trainingCycles.id });
  if (!row) throw new ActionError("not_found");
  return { token };
}

/** The cycle a link leads to, while its enrolments are open; null for a forged or closed link. */
export async function findCycleByLink(db: Db, token: string) {
  if (token.length > 200) return null;
  const [row] = await db
    .select({
      id: trainingCycles.id,
      networkId: trainingCycles.networkId,
      networkName: networks.name,
      title: trainingCycles.title,
      description: trainingCycles.description,
      objectives: trainingCycles.objectives,
      startsOn: trainingCycles.startsOn,
      endsOn: trainingCycles.endsOn,
      status: trainingCycles.status,
    })
    .from(trainingCycles)
    .innerJoin(networks, eq(networks.id, trainingCycles.networkId))
    .where(eq(trainingCycles.enrolmentTokenHash, hashToken(token)));
  return row && row.status === "open" ? row : null;
}

/** The person is found by email in the network's directory, or added to it (on their own request). */
export async function requestEnrolmentByLink(db: Db, input: SelfEnrolInput, now = new Date()) {
  const cycle = await findCycleByLink(db, input.token);
  if (!cycle) throw new ActionError("not_found", "training.errors.linkInvalid");
  const [known] = await db
    .select({ id: contacts.id, archivedAt: contacts.archivedAt, erasedAt: contacts.erasedAt })
    .from(contacts)
    .where(and(eq(contacts.networkId, cycle.networkId), eq(contacts.email, input.email)));
  if (known && (known.archivedAt || known.erasedAt))
    throw new ActionError("invalid_input", "errors.invalid_input", { email: "training.errors.selfInactive" });
  const contactId =
    known?.id ??
    (
      await createContact(db, { networkId: cycle.networkId, userId: null }, {
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: null,
        jobTitle: null,
        organisationId: null,
        isRelayActor: false,
        isAmbassador: false,
        legalBasis: "consent",
        consentNewsletter: false,
        consentPublicListing: false,
        consentPhotos: false,
        source: "training_link",
      })
    ).id;
  return requestEnrolment(db, { networkId: cycle.networkId, cycleId: cycle.id }, contactId, now);
}
