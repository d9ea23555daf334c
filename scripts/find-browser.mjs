import { existsSync } from "node:fs";

/** Debian's or the user's Chromium, else Playwright's own download; null when there is none. */
export async function findBrowser() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright not installed: fall through to the message.
  }
  return null;
}
