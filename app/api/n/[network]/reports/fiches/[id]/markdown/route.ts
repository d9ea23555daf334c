// GET /api/n/[network]/reports/fiches/[id]/markdown – the experience fiche as Markdown text, to paste into ADEME's form
import { buildSavedFiche, getFiche } from "@/features/reports/fiche/queries";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string }>("reports.view", async (_request, ctx, { id }) => {
  const fiche = await getFiche(ctx.db, { networkId: ctx.network.id, id });
  if (!fiche) return null;
  const built = await buildSavedFiche(ctx.db, fiche, ctx.locale);
  return new Response(built.markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `inline; filename="fiche-retour-experience.md"`,
      "Cache-Control": "private, no-store",
    },
  });
});
