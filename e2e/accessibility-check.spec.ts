import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";

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

test("the accessibility check reports violations, including in a same-origin frame", async ({ page }) => {
  await serve(page, {
    "/": html("Contrôle", `<p style="color:#bbb;background:#fff">Texte trop pâle</p><iframe title="Cadre" src="/cadre"></iframe>`),
    "/cadre": html("Cadre", `<input type="text">`),
    "/propre": html("Propre", `<p>Texte lisible</p>`),
  });
  await page.goto(`${origin}/`);
  await expect(page.frameLocator("iframe").locator("input")).toBeAttached();
  const failure = await expectAccessible(page).then(
    () => null,
    (error: Error) => error.message,
  );
  expect(failure).toContain("color-contrast");
  // The unlabelled field is inside the frame: frames are scanned too.
  expect(failure).toMatch(/label: iframe input/);
  // And a page without violations passes.
  await page.goto(`${origin}/propre`);
  await expectAccessible(page);
});
