import "server-only";
import { eq } from "drizzle-orm";
import { networks } from "@/db/schema";
import type { Db } from "@/db/types";
import { parisToday } from "@/lib/domain/paris-time";
import { looseTranslator } from "@/lib/i18n/messages";
import type { FicheTexts } from "./constants";
import { buildFicheDocument, ficheMarkdown, type FicheDocument } from "./document";
import { computeFicheFigures, type FicheFigures, type FicheSpec } from "./figures";
import { renderFichePdf } from "./pdf";

// THE fiche builder: figures from the records, the document, its Markdown and its PDF. The pages,
// the exports and the demo networks' tests all go through it.

export type FicheBuildSpec = FicheSpec & {
  title?: string;
  structure?: string;
  contactName?: string;
  contactEmail?: string | null;
  texts?: Partial<FicheTexts>;
  /** Figures already computed (a saved fiche): rendered as they are, not recomputed. */
  figures?: FicheFigures;
  figuresComputedAt?: Date;
  updatedAt?: Date;
};

export type BuiltFiche = {
  figures: FicheFigures;
  document: FicheDocument;
  markdown: string;
  pdf: () => Promise<Uint8Array>;
};

export async function buildFiche(
  db: Db,
  networkId: string,
  spec: FicheBuildSpec,
  options: { locale?: string; now?: Date } = {},
): Promise<BuiltFiche> {
  const now = options.now ?? new Date();
  const locale = options.locale ?? "fr";
  const t = looseTranslator(locale);
  const [network] = await db
    .select({ name: networks.name, brandColor: networks.brandColor })
    .from(networks)
    .where(eq(networks.id, networkId))
    .limit(1);
  if (!network) throw new Error("buildFiche: unknown network");
  const figures =
    spec.figures ?? (await computeFicheFigures(db, networkId, spec, { today: parisToday(now), now }));
  const document = buildFicheDocument(
    {
      title: spec.title || t(`fiches.kinds.${spec.kind}`),
      structure: spec.structure || network.name,
      contactName: spec.contactName ?? "",
      contactEmail: spec.contactEmail ?? null,
      updatedAt: spec.updatedAt ?? now,
      figuresComputedAt: spec.figuresComputedAt ?? now,
    },
    spec.texts ?? {},
    figures,
    t,
    locale,
  );
  return {
    figures,
    document,
    markdown: ficheMarkdown(document),
    pdf: () => renderFichePdf(document, { locale, brandColor: network.brandColor }),
  };
}
