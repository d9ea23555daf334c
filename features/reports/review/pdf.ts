import "server-only";
import type { Db } from "@/db/types";
import { parisToday } from "@/lib/domain/paris-time";
import { renderHtmlToPdf } from "@/server/pdf/render";
import { reviewDocumentHtml, type ReviewNetwork } from "./html";
import { getReview } from "./queries";
import { reviewTools } from "./tools";

// The yearly review as a PDF: the page's own markup (./html.ts) with its stylesheet, printed by
// server/pdf (tagged, with an outline from the headings).

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
  const { html, title } = reviewDocumentHtml({ review, network, t, format, generatedOn: today, locale });
  return { html, title, review };
}

/** The review of `year` as PDF bytes, with the title it carries. */
export async function buildReviewPdf(db: Db, params: ReviewPdfParams) {
  const { html, title, review } = await buildReviewHtml(db, params);
  const pdf = await renderHtmlToPdf(html, { title, lang: params.locale });
  return { pdf, title, review };
}
