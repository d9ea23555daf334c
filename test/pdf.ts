import { PDFParse } from "pdf-parse";

// The text a reader would copy out of a PDF, for tests that assert what a document says.

/** The PDF's text, its pages' texts and its document title. */
export async function readPdf(bytes: Uint8Array) {
  const parser = new PDFParse({ data: bytes });
  try {
    const [text, info] = [await parser.getText(), await parser.getInfo()];
    return {
      text: text.text,
      pages: text.pages.map((p) => p.text),
      title: info.info?.Title as string | undefined,
    };
  } finally {
    await parser.destroy();
  }
}

/** The whole text of the PDF. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await readPdf(bytes)).text;
}

/** Whitespace of any kind (no-break spaces of French numbers, PDF line breaks) as one space. */
export const flat = (s: string) => s.replace(/\s+/g, " ");
