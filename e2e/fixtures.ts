import { createRequire } from "node:module";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export { expect };

/** Content-Security-Policy violations reported in a browser context (Chromium logs each one). */
export function watchCspViolations(context: BrowserContext): string[] {
  const violations: string[] = [];
  context.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) violations.push(`${message.page()?.url()}: ${text}`);
  });
  return violations;
}

/**
 * The `test` of every spec: the app runs with its CSP on, and a test fails on any violation the
 * browser reports (a blocked inline script or style, a tile host the policy does not allow…).
 * Contexts a test opens itself are watched with watchCspViolations.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations = watchCspViolations(context);
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export const demoPassword = "relais-demo-2026";
export const demo = {
  admin: "admin@relais.test",
  coordinator: "coordination@plp-demo.test",
  partner: "partenaire@plp-demo.test",
  ambassador: "ambassadeur@plp-demo.test",
  elected: "elu@plp-demo.test",
  sittomCoordinator: "coordination@ambassadeurs-demo.test",
  exchangeCoordinator: "coordination@echanges-demo.test",
  internalElected: "elu@directions-demo.test",
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

// axe-core as @axe-core/playwright itself resolves it (the same version, no second copy to keep in step).
const axeSource: string = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"))(
  "axe-core",
).source;

/**
 * axe-core with the WCAG 2.1 A and AA rules, on the whole page; it must have none of their violations.
 *
 * axe is injected once and run in the page (`axe.run`), gathering only violations. Measured on a
 * loaded 2-core machine, this is what AxeBuilder's default mode cost on top, per scan: injecting
 * axe (~550 kB of script) into the page twice, opening a blank tab, injecting it there a third
 * time to finish the run, and serialising every passing node of every rule (thousands on a long
 * list) only for them to be thrown away here. None of it narrows what is checked.
 * e2e/accessibility-check.spec.ts proves that this scan reports violations.
 *
 * Frames: @axe-core/playwright (either mode) silently leaves out a frame whose axe injection takes
 * more than 1 s, which happens on a loaded machine. The app has no frames; a page that gets one
 * fails here rather than being half-checked.
 */
export async function expectAccessible(page: Page) {
  expect(
    page.frames().map((f) => f.url()).slice(1),
    `frames on ${page.url()}: scan each one explicitly`,
  ).toEqual([]);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
  const summary = violations.map((v) => `${v.id}: ${v.targets.join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Alerts of the page, without the route announcer Next.js injects (also role="alert"). */
export function alerts(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}
