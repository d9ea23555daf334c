import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { experienceFiches, serdEditions, trainingCycles } from "@/db/schema";
import type { Db } from "@/db/types";
import { parisToday } from "@/lib/domain/paris-time";
import { looseTranslator } from "@/lib/i18n/messages";
import { buildFiche, type BuiltFiche } from "./build";
import type { FicheTextField, FicheTexts } from "./constants";
import { computedLines } from "./document";
import { computeFicheFigures, type FicheFigures } from "./figures";
import { canonicalJson } from "./rules";

// Reads of the experience fiches. `buildFiche` is the one builder (pages, exports, demo tests).
export { buildFiche, type BuiltFiche, type FicheBuildSpec } from "./build";
export { computeFicheFigures, type FicheFigures, type FicheSpec } from "./figures";

type Scope = { networkId: string };

export async function listFiches(db: Db, { networkId }: Scope) {
  return db
    .select({
      id: experienceFiches.id,
      title: experienceFiches.title,
      kind: experienceFiches.kind,
      periodStart: experienceFiches.periodStart,
      periodEnd: experienceFiches.periodEnd,
      updatedAt: experienceFiches.updatedAt,
    })
    .from(experienceFiches)
    .where(eq(experienceFiches.networkId, networkId))
    .orderBy(desc(experienceFiches.updatedAt));
}

export async function getFiche(db: Db, { networkId, id }: Scope & { id: string }) {
  const [row] = await db
    .select()
    .from(experienceFiches)
    .where(and(eq(experienceFiches.networkId, networkId), eq(experienceFiches.id, id)))
    .limit(1);
  return row
    ? { ...row, figures: row.figures as FicheFigures, texts: row.texts as Partial<FicheTexts> }
    : null;
}
export type Fiche = NonNullable<Awaited<ReturnType<typeof getFiche>>>;

/** A saved fiche rendered with its saved figures (what the exports print). */
export async function buildSavedFiche(db: Db, fiche: Fiche, locale: string): Promise<BuiltFiche> {
  return buildFiche(db, fiche.networkId, { ...fiche, contactEmail: fiche.contactEmail }, { locale });
}

export type FicheChange = { part: FicheTextField; saved: string[]; current: string[] };

/**
 * A saved fiche and today's figures: `stale` when the records changed since they were computed,
 * with the parts whose lines differ (saved vs current).
 */
export async function getFicheView(
  db: Db,
  { networkId, id, locale, now = new Date() }: Scope & { id: string; locale: string; now?: Date },
) {
  const fiche = await getFiche(db, { networkId, id });
  if (!fiche) return null;
  const [built, current] = await Promise.all([
    buildSavedFiche(db, fiche, locale),
    computeFicheFigures(db, networkId, fiche, { today: parisToday(now), now }),
  ]);
  const stale = canonicalJson(fiche.figures) !== canonicalJson(current);
  const changes: FicheChange[] = [];
  if (stale) {
    const t = looseTranslator(locale);
    const before = computedLines(fiche.figures, t, locale);
    const after = computedLines(current, t, locale);
    for (const part of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<FicheTextField>) {
      const saved = before[part] ?? [];
      const now = after[part] ?? [];
      if (saved.join("\n") !== now.join("\n")) changes.push({ part, saved, current: now });
    }
  }
  return { fiche, built, stale, changes, checkedAt: now };
}

/** The choices of the new-fiche form: the network's SERD editions and training cycles. */
export async function ficheFocusChoices(db: Db, { networkId }: Scope) {
  const [editions, cycles] = await Promise.all([
    db
      .select({ id: serdEditions.id, year: serdEditions.year })
      .from(serdEditions)
      .where(eq(serdEditions.networkId, networkId))
      .orderBy(desc(serdEditions.year)),
    db
      .select({ id: trainingCycles.id, title: trainingCycles.title })
      .from(trainingCycles)
      .where(eq(trainingCycles.networkId, networkId))
      .orderBy(asc(trainingCycles.startsOn)),
  ]);
  return { editions, cycles };
}
