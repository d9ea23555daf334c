import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const demoPassword = "relais-demo-2026";
export const demo = {
  admin: "admin@relais.test",
  coordinator: "coordination@plp-demo.test",
  partner: "partenaire@plp-demo.test",
  ambassador: "ambassadeur@plp-demo.test",
  elected: "elu@plp-demo.test",
  sittomCoordinator: "coordination@ambassadeurs-demo.test",
} as const;

/** Signs in through the real form, as a person would, and waits to have left the sign-in page. */
export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/signin");
  await fillSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

/** Submits the sign-in form without waiting for success (for refused attempts). */
export async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/**
 * axe-core with the WCAG 2.1 A and AA rules, on the whole page; it must have none of their violations.
 *
 * Two settings keep a scan cheap on a busy machine without narrowing what it checks:
 * - legacy mode runs `axe.run` in the page itself. The default mode injects axe (~550 kB of
 *   script) into the page, opens a blank tab, injects it there a second time and finishes the
 *   run in that tab: about 2 s more per scan on a loaded 2-core machine. It exists for
 *   cross-origin iframes, and the app has none (same-origin frames are still scanned).
 * - only violations are gathered: axe otherwise serialises every passing node of every rule
 *   (thousands on a long list) just to be thrown away here.
 * e2e/accessibility-check.spec.ts proves that this scan still reports a violation.
 *
 * Frames: @axe-core/playwright (either mode) silently leaves out a frame whose axe injection takes
 * more than 1 s, which happens on a loaded machine. The app has no frames; a page that gets one
 * fails here rather than being half-checked.
 */
export async function expectAccessible(page: Page) {
  expect(
    page.frames().map((f) => f.url()).slice(1),
    `frames on ${page.url()}: axe would skip them under load, scan each one explicitly`,
  ).toEqual([]);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode()
    .options({ resultTypes: ["violations"] })
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Alerts of the page, without the route announcer Next.js injects (also role="alert"). */
export function alerts(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}
