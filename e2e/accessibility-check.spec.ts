import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

// The scan every journey relies on must be able to fail. Pages with known WCAG A/AA violations,
// served by the browser itself (no app server needed), on an http origin like the app's.
const origin = "http://axe-check.test";
async function serve(page: Page, pages: Record<string, string>) {
  await page.route(`${origin}/**`, (route) => {
    const body = pages[new URL(route.request().url()).pathname];
    return body ? route.fulfill({ contentType: "text/html; charset=utf-8", body }) : route.fulfill({ status: 404 });
  });
}
const html = (title: string, main: string) =>
  `<!doctype html><html lang="fr"><head><title>${title}</title></head><body><main><h1>${title}</h1>${main}</main></body></html>`;

test("the accessibility check reports violations, and passes a clean page", async ({ page }) => {
  await serve(page, {
    "/": html("Contrôle", `<p style="color:#bbb;background:#fff">Texte trop pâle</p><input type="text">`),
    "/propre": html("Propre", `<p>Texte lisible</p>`),
  });
  await page.goto(`${origin}/`);
  const failure = await expectAccessible(page).then(
    () => null,
    (error: Error) => error.message,
  );
  expect(failure).toContain("color-contrast: p");
  expect(failure).toContain("label: input");
  await page.goto(`${origin}/propre`);
  await expectAccessible(page);
});

test("the accessibility check refuses a page with a frame it could silently skip", async ({ page }) => {
  await serve(page, {
    "/": html("Avec cadre", `<iframe title="Cadre" src="/cadre"></iframe>`),
    "/cadre": html("Cadre", `<p>Contenu</p>`),
  });
  await page.goto(`${origin}/`);
  await expect.poll(() => page.frames().length).toBe(2);
  const failure = await expectAccessible(page).then(
    () => null,
    (error: Error) => error.message,
  );
  expect(failure).toContain("frames on http://axe-check.test/");
});
