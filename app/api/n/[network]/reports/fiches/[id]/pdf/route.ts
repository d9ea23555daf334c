// GET /api/n/[network]/reports/fiches/[id]/pdf – the experience fiche as a PDF, with its saved figures
import { NextResponse } from "next/server";
import { buildSavedFiche, getFiche } from "@/features/reports/fiche/queries";
import { withNetwork } from "@/server/access/route";
import { PdfRenderError } from "@/server/pdf/render";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string }>("reports.view", async (_request, ctx, { id }) => {
  const fiche = await getFiche(ctx.db, { networkId: ctx.network.id, id });
  if (!fiche) return null;
  const built = await buildSavedFiche(ctx.db, fiche, ctx.locale);
  try {
    return new Response(new Uint8Array(await built.pdf()), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="fiche-retour-experience.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (!(error instanceof PdfRenderError)) throw error;
    console.error("[fiche pdf]", error.code, error.message);
    return NextResponse.json(
      { error: ctx.t("fiches.errors.pdf") },
      { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
    );
  }
});
