import { NextResponse } from "next/server";
import { buildReviewPdf } from "@/features/reports/review/pdf";
import { parseReviewYear } from "@/features/reports/review/schemas";
import { withNetwork } from "@/server/access/route";
import { PdfRenderError } from "@/server/pdf/render";

export const dynamic = "force-dynamic";

// GET /api/n/[network]/reports/[year]/pdf – the yearly review of a network as a tagged PDF
// (reports.view: coordinator, elected official); a busy or failing printer answers 503 in words.
export const GET = withNetwork<{ network: string; year: string }>(
  "reports.view",
  async (_request, ctx, { year: raw }) => {
    const year = parseReviewYear(raw);
    if (year === null) return null;
    try {
      const { pdf } = await buildReviewPdf(ctx.db, { network: ctx.network, year, locale: ctx.locale });
      return new Response(pdf as BodyInit, {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": `attachment; filename="bilan-${ctx.network.slug}-${year}.pdf"`,
          "Cache-Control": "private, no-store",
        },
      });
    } catch (error) {
      if (!(error instanceof PdfRenderError)) throw error;
      console.error("[review pdf]", error.code, error.message);
      return NextResponse.json(
        { error: ctx.t(`review.pdfError.${error.code}`) },
        { status: 503, headers: { "Retry-After": "10", "Cache-Control": "no-store" } },
      );
    }
  },
  { params: { year: /^\d{4}$/ } },
);
