import "server-only";
import { renderHtmlToPdf } from "@/server/pdf/render";
import type { FicheDocument } from "./document";
import { ficheHtml } from "./html";

// The fiche as a tagged A4 PDF, printed from its HTML by the server's PDF pipeline (decision 0029).
export async function renderFichePdf(
  doc: FicheDocument,
  { locale, brandColor }: { locale: string; brandColor: string },
): Promise<Uint8Array> {
  return renderHtmlToPdf(ficheHtml(doc, { locale, brandColor }), { title: doc.title, lang: locale });
}
