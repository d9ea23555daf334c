import "server-only";
import { existsSync } from "node:fs";
import type { Browser, BrowserContext } from "playwright-core";
import { rawEnv } from "@/server/env";

// THE way the server turns a document into a PDF (docs/decisions/0029): the page's own HTML, printed
// by one shared headless Chromium, tagged (a structure tree for screen readers) with an outline from
// the headings. Chromium runs in its own process: the web server's event loop only waits on a pipe.
// No network: JavaScript is off, the context is offline and every request is refused, so the HTML
// must carry its styles and images inline (data: URLs).

export type PdfOptions = {
  /** The document's title (PDF metadata and <title>), when the HTML has none. */
  title?: string;
  /** The document's language, e.g. "fr" (screen readers pick their voice from it). */
  lang?: string;
  /** Milliseconds before the render gives up, waiting in the queue included (default 30 s). */
  timeoutMs?: number;
};

/** The render failed or took too long; `code` lets a route answer in the user's language. */
export class PdfRenderError extends Error {
  constructor(
    readonly code: "timeout" | "browser" | "busy",
    message: string,
  ) {
    super(message);
    this.name = "PdfRenderError";
  }
}

/** Renders at most this many documents at once (2 cores); the others wait their turn. */
export const pdfConcurrency = 2;
/** More waiting than this and a request is refused at once rather than left hanging. */
export const pdfMaxQueue = 20;
const defaultTimeoutMs = 30_000;

type State = { browser: Promise<Browser> | null; running: number; queue: (() => void)[] };
const globalPdf = globalThis as unknown as { relaisPdf?: State };
const state: State = (globalPdf.relaisPdf ??= { browser: null, running: 0, queue: [] });

function executablePath(): string {
  const candidates = [rawEnv("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new PdfRenderError("browser", "No Chromium found: install it or set CHROMIUM_PATH.");
  return found;
}

async function launch(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: executablePath(),
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking"],
  });
  // A crashed or closed browser is launched again by the next render.
  browser.on("disconnected", () => {
    state.browser = null;
  });
  return browser;
}

/** The shared browser, launched by the first render. */
function sharedBrowser(): Promise<Browser> {
  if (!state.browser) {
    state.browser = launch().catch((error: unknown) => {
      state.browser = null;
      throw error instanceof PdfRenderError
        ? error
        : new PdfRenderError("browser", `Chromium did not start: ${String(error)}`);
    });
  }
  return state.browser;
}

function acquire(): Promise<void> {
  if (state.running < pdfConcurrency) {
    state.running++;
    return Promise.resolve();
  }
  if (state.queue.length >= pdfMaxQueue) {
    return Promise.reject(new PdfRenderError("busy", "Too many documents are being generated."));
  }
  return new Promise((resolve) => state.queue.push(resolve));
}

function release() {
  const next = state.queue.shift();
  if (next) next();
  else state.running--;
}

/** A full document: <html lang>, <head><title>, doctype, whatever part the caller left out. */
function withHead(html: string, { title, lang }: PdfOptions): string {
  let out = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  if (!/<head[\s>]/i.test(out)) out = out.replace(/(<html[^>]*>)/i, "$1<head></head>");
  if (lang && !/<html[^>]*\slang=/i.test(out)) out = out.replace(/<html/i, `<html lang="${lang}"`);
  if (title && !/<title>/i.test(out)) {
    const escaped = title.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    out = out.replace(/(<head[^>]*>)/i, `$1<title>${escaped}</title>`);
  }
  return /^\s*<!doctype/i.test(out) ? out : `<!doctype html>${out}`;
}

type Signal = { cancelled: boolean; context?: BrowserContext };

async function print(html: string, opts: PdfOptions, signal: Signal): Promise<Uint8Array> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  signal.context = context;
  try {
    if (signal.cancelled) throw new PdfRenderError("timeout", "cancelled");
    await context.route("**/*", (route) =>
      route.request().url().startsWith("data:") ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.setContent(withHead(html, opts), { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * Prints an HTML document (styles and images inline) to a tagged A4 PDF with an outline. At most
 * `pdfConcurrency` at once; rejects with a PdfRenderError after `timeoutMs` (queue included), when
 * the queue is full, or when Chromium cannot start.
 */
export async function renderHtmlToPdf(html: string, opts: PdfOptions = {}): Promise<Uint8Array> {
  const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs;
  const signal: Signal = { cancelled: false };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      signal.cancelled = true;
      // Closing the page stops Chromium's work and frees the slot for the next document.
      void signal.context?.close().catch(() => undefined);
      reject(new PdfRenderError("timeout", `The PDF took more than ${Math.round(timeoutMs / 1000)} s.`));
    }, timeoutMs);
  });
  const job = (async () => {
    await acquire();
    try {
      if (signal.cancelled) throw new PdfRenderError("timeout", "cancelled");
      return await print(html, opts, signal);
    } finally {
      release();
    }
  })();
  job.catch(() => undefined); // settled after a timeout: nobody listens any more
  try {
    return await Promise.race([job, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes the shared browser (scripts and tests; the server keeps it for its lifetime). */
export async function closePdfBrowser(): Promise<void> {
  const pending = state.browser;
  state.browser = null;
  if (pending) await (await pending.catch(() => null))?.close();
}
