import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { experienceFiches, serdEditions, trainingCycles } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { parisToday } from "@/lib/domain/paris-time";
import { ficheTextFields } from "./constants";
import { computeFicheFigures } from "./figures";
import { fichePeriodErrors } from "./rules";
import type { ficheCreateSchema, ficheIdSchema, ficheTextsSchema } from "./schemas";

// Writes of the experience fiches: create (figures computed at once), texts, recompute.

type Scope = { networkId: string; userId: string; now?: Date };

const invalid = (fieldKeys: Record<string, string>) =>
  new ActionError("invalid_input", "errors.invalid_input", fieldKeys);

async function checkFocus(
  db: Db,
  networkId: string,
  input: { editionId: string | null; cycleId: string | null },
) {
  const errors: Record<string, string> = {};
  if (input.editionId) {
    const [row] = await db
      .select({ id: serdEditions.id })
      .from(serdEditions)
      .where(and(eq(serdEditions.networkId, networkId), eq(serdEditions.id, input.editionId)));
    if (!row) errors.editionId = "fiches.errors.edition";
  }
  if (input.cycleId) {
    const [row] = await db
      .select({ id: trainingCycles.id })
      .from(trainingCycles)
      .where(and(eq(trainingCycles.networkId, networkId), eq(trainingCycles.id, input.cycleId)));
    if (!row) errors.cycleId = "fiches.errors.cycle";
  }
  return errors;
}

export async function createFiche(
  db: Db,
  { networkId, userId, now = new Date() }: Scope,
  input: z.output<typeof ficheCreateSchema>,
) {
  const errors = { ...fichePeriodErrors(input), ...(await checkFocus(db, networkId, input)) };
  if (Object.keys(errors).length) throw invalid(errors);
  const figures = await computeFicheFigures(db, networkId, input, { today: parisToday(now), now });
  const [row] = await db
    .insert(experienceFiches)
    .values({
      networkId,
      kind: input.kind,
      title: input.title,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      editionId: input.editionId,
      cycleId: input.cycleId,
      figures,
      figuresComputedAt: now,
      createdById: userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: experienceFiches.id });
  return row!;
}

export async function updateFicheTexts(
  db: Db,
  { networkId, now = new Date() }: Scope,
  input: z.output<typeof ficheTextsSchema>,
) {
  const texts = Object.fromEntries(ficheTextFields.map((f) => [f, input[f]]));
  const [row] = await db
    .update(experienceFiches)
    .set({
      title: input.title,
      structure: input.structure,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      texts,
      updatedAt: now,
    })
    .where(and(eq(experienceFiches.networkId, networkId), eq(experienceFiches.id, input.id)))
    .returning({ id: experienceFiches.id });
  if (!row) throw new ActionError("not_found");
  return row;
}

/** Computes the figures again from today's records and saves them with the date. */
export async function recomputeFiche(
  db: Db,
  { networkId, now = new Date() }: Scope,
  { id }: z.output<typeof ficheIdSchema>,
) {
  return db.transaction(async (tx) => {
    const [fiche] = await tx
      .select()
      .from(experienceFiches)
      .where(and(eq(experienceFiches.networkId, networkId), eq(experienceFiches.id, id)))
      .for("update");
    if (!fiche) throw new ActionError("not_found");
    const figures = await computeFicheFigures(tx, networkId, fiche, { today: parisToday(now), now });
    await tx
      .update(experienceFiches)
      .set({ figures, figuresComputedAt: now, updatedAt: now })
      .where(and(eq(experienceFiches.networkId, networkId), eq(experienceFiches.id, id)));
    return { id, figuresComputedAt: now };
  });
}
