import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { readPdf as pdfText } from "@/test/pdf";
import { closePdfBrowser, PdfRenderError, renderHtmlToPdf } from "./render";

// The PDF pipeline against the real Chromium: tagged output with the title and the text, no
// network, a clear timeout, and a web server that keeps answering while a large document prints.

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

function largeDocument(sections: number) {
  const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>${2000 + i}</td><td>${i * 7}</td></tr>`).join(
    "",
  );
  const body = Array.from(
    { length: sections },
    (_, i) => `<section><h2>Partie ${i + 1}</h2><p>${"Les acteurs du réseau se sont réunis. ".repeat(20)}</p>
      <svg viewBox="0 0 100 20" width="400" height="80"><rect width="${i % 100}" height="20" fill="#1d5e4e"/></svg>
      <table><caption>Série ${i + 1}</caption><tr><th>Année</th><th>Valeur</th></tr>${rows}</table></section>`,
  ).join("");
  return `<html><body><h1>Grand rapport</h1>${body}</body></html>`;
}

afterAll(async () => {
  await closePdfBrowser();
});

describe("renderHtmlToPdf", () => {
  it("prints a tagged A4 PDF with its title, language, outline and text", async () => {
    const pdf = await renderHtmlToPdf(
      "<h1>Bilan annuel 2014</h1><h2>Réunions</h2><p>74 actions, 56 organisateurs, 34 700 €.</p>",
      { title: "Bilan 2014 — Réseau « test »", lang: "fr" },
    );
    expect(latin1(pdf.slice(0, 5))).toBe("%PDF-");
    const raw = latin1(pdf);
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toContain("/Outlines");
    expect(raw).toMatch(/\/Lang\s*\(fr\)/);
    const { text, title } = await pdfText(pdf);
    expect(title).toBe("Bilan 2014 — Réseau « test »");
    expect(text).toContain("74 actions, 56 organisateurs");
    expect(text).toContain("Réunions");
  });

  it("loads nothing from the network", async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end("x");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const pdf = await renderHtmlToPdf(
        `<link rel="stylesheet" href="http://127.0.0.1:${port}/a.css"><img src="http://127.0.0.1:${port}/b.png" alt="">
         <iframe src="http://127.0.0.1:${port}/c"></iframe><p>Sans réseau</p>`,
      );
      expect((await pdfText(pdf)).text).toContain("Sans réseau");
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  it("gives up with a clear error when the document takes too long", async () => {
    const error = await renderHtmlToPdf(largeDocument(400), { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfRenderError);
    expect((error as PdfRenderError).code).toBe("timeout");
    expect((error as Error).message).toMatch(/more than/);
    // The slot was given back: the next document prints.
    const pdf = await renderHtmlToPdf("<p>Après</p>");
    expect((await pdfText(pdf)).text).toContain("Après");
  });

  it("keeps the event loop free: a web server answers while a large document prints", async () => {
    const server = createServer((_req, res) => res.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    let last = performance.now();
    let maxLag = 0;
    const probe = setInterval(() => {
      const now = performance.now();
      maxLag = Math.max(maxLag, now - last - 10);
      last = now;
    }, 10);
    const latencies: number[] = [];
    let done = false;
    const started = performance.now();
    const render = renderHtmlToPdf(largeDocument(120)).finally(() => {
      done = true;
    });
    try {
      while (!done) {
        const t0 = performance.now();
        expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("ok");
        latencies.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const pdf = await render;
      const elapsed = performance.now() - started;
      const pages = (await pdfText(pdf)).pages.length;
      latencies.sort((a, b) => a - b);
      console.info(
        `large PDF: ${pages} pages in ${Math.round(elapsed)} ms; ${latencies.length} requests answered meanwhile, ` +
          `max ${Math.round(latencies.at(-1)!)} ms; max event-loop lag ${Math.round(maxLag)} ms`,
      );
      expect(pages).toBeGreaterThan(40);
      // Requests were answered during the render, none of them held for the render's duration.
      expect(latencies.length).toBeGreaterThan(5);
      expect(latencies.at(-1)!).toBeLessThan(Math.max(500, elapsed / 4));
    } finally {
      clearInterval(probe);
      server.close();
    }
  }, 120_000);

  it("serves concurrent documents from one browser, each its own", async () => {
    const docs = await Promise.all(
      [1, 2, 3, 4].map((i) => renderHtmlToPdf(`<h1>Document ${i}</h1>`, { title: `Doc ${i}` })),
    );
    const texts = await Promise.all(docs.map(pdfText));
    texts.forEach((t, i) => {
      expect(t.title).toBe(`Doc ${i + 1}`);
      expect(t.text).toContain(`Document ${i + 1}`);
    });
  }, 60_000);
});
