"use server";
import type { NetworkContext } from "@/server/access/context";
import { networkAction } from "@/server/access/server";
import { createFiche, recomputeFiche, updateFicheTexts } from "./mutations";
import { ficheCreateSchema, ficheIdSchema, ficheTextsSchema } from "./schemas";

const scopeOf = (ctx: NetworkContext) => ({ networkId: ctx.network.id, userId: ctx.userId });
const revalidate = { revalidate: (ctx: NetworkContext) => `/n/${ctx.network.slug}/reports/fiches` };

// POST (server action) – a new fiche of an action over a period, its figures computed at once (coordinator)
export const createFicheAction = networkAction(
  ficheCreateSchema,
  "reports.edit",
  async (ctx, input) => createFiche(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – save the coordinator's texts and the header of a fiche (coordinator)
export const updateFicheTextsAction = networkAction(
  ficheTextsSchema,
  "reports.edit",
  async (ctx, input) => updateFicheTexts(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – compute a fiche's figures again from today's records (coordinator)
export const recomputeFicheAction = networkAction(
  ficheIdSchema,
  "reports.edit",
  async (ctx, input) => recomputeFiche(ctx.db, scopeOf(ctx), input),
  revalidate,
);
