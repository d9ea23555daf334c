import "server-only";
import { and, eq } from "drizzle-orm";
import { organisations, toolItems, toolResources } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { ItemInput } from "./schemas";
import type { Actor } from "./reservations";

const field = (name: string, key: string) =>
  new ActionError("invalid_input", `tools.validation.${key}`, { [name]: `tools.validation.${key}` });

/** Adds a kit lent by the caller's organisation (the coordinator: by any organisation). */
export async function addItem(db: Db, actor: Actor, input: ItemInput): Promise<{ id: string }> {
  const owner = actor.isCoordinator ? (input.ownerOrganisationId ?? actor.organisationId) : actor.organisationId;
  if (!owner) throw field("ownerOrganisationId", "ownerRequired");
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, owner), eq(organisations.networkId, actor.networkId)));
  if (!org) throw field("ownerOrganisationId", "unknownOrganisation");
  if (input.instructionsResourceId) {
    const [r] = await db
      .select({ id: toolResources.id })
      .from(toolResources)
      .where(and(eq(toolResources.id, input.instructionsResourceId), eq(toolResources.networkId, actor.networkId)));
    if (!r) throw field("instructionsResourceId", "unknownResource");
  }
  const [row] = await db
    .insert(toolItems)
    .values({ ...input, networkId: actor.networkId, ownerOrganisationId: owner })
    .returning({ id: toolItems.id });
  return row!;
}
