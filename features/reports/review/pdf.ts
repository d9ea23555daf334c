import "server-only";
import { renderToStaticMarkup } from "react-dom/server";
import type { Db } from "@/db/types";
import { parisToday } from "@/lib/domain/paris-time";
import { renderHtmlToPdf } from "@/server/pdf/render";
import { ReviewDocument, type ReviewNetwork } from "./components/review-document";
import { getReview } from "./queries";
import { reviewTools } from "./tools";
import { reviewCss } from "./review-css";

// Not reachable from the app yet: Next's App Router refuses react-dom/server in its bundle, so
// this builder and ./pdf-route.ts are exercised by the tests only (see the stop-17 note).
// The yearly review as a PDF: the page's own component tree rendered to HTML with its stylesheet,
// printed by server/pdf (tagged, with an outline from the headings).

export type ReviewPdfParams = {
  network: ReviewNetwork & { id: string };
  year: number;
  locale: string;
  today?: string;
};

export async function buildReviewHtml(
  db: Db,
  { network, year, locale, today = parisToday() }: ReviewPdfParams,
) {
  const review = await getReview(db, { networkId: network.id, year, today });
  const { t, format } = reviewTools(locale);
  const title = t("review.documentTitle", { year, network: network.name });
  const body = renderToStaticMarkup(ReviewDocument({ review, network, t, format, generatedOn: today }));
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${reviewCss}</style></head><body>${body}</body></html>`;
  return { html, title, review };
}

function escapeHtml(s: string) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The review of `year` as PDF bytes, with the title it carries. */
export async function buildReviewPdf(db: Db, params: ReviewPdfParams) {
  const { html, title, review } = await buildReviewHtml(db, params);
  const pdf = await renderHtmlToPdf(html, { title, lang: params.locale });
  return { pdf, title, review };
}
