import { expect, expectAccessible, test } from "./fixtures";

// Every page ships only the messages its client components use (docs/decisions/0016-payload-diet.md).
// Before, the root layout handed the client the whole French catalogue: /signin weighed 82 KB.

/** French messages of other areas, each found in one catalogue file only. */
const foreign = [
  "Règle SERD : au moins une thématique.", // serd
  "Personne ne correspond à ce filtre.", // attendance
  "Artisan du réemploi / de la réparation", // directory
];

test("the sign-in page is a small document carrying only the sign-in messages", async ({ page, request }) => {
  const response = await request.get("/signin");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(Buffer.byteLength(html), "bytes of /signin").toBeLessThanOrEqual(25 * 1024);
  expect(html).toContain("Se connecter");
  for (const message of foreign) expect(html).not.toContain(message);

  // The form still works in the browser, in French and accessibly.
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
  await expectAccessible(page);
});

test("a public page ships no client message at all, and English still reaches the sign-in form", async ({
  request,
  playwright,
}) => {
  const legal = await (await request.get("/mentions-legales")).text();
  for (const message of foreign) expect(legal).not.toContain(message);
  expect(legal).not.toContain("Se connecter");

  const english = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { cookie: "NEXT_LOCALE=en" },
  });
  const html = await (await english.get("/signin")).text();
  expect(html).toContain("Wrong email address or password.");
  expect(html).not.toContain("Adresse électronique ou mot de passe incorrect.");
  await english.dispose();
});
