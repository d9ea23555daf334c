import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { alerts, demo, demoPassword, expect, expectAccessible, fillSignIn, signIn, test, watchCspViolations } from "./fixtures";

// Issue 14's penetration-test failures, replayed against the production build.

test("a sign-in link cannot send the person to another site (open redirect)", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const callback of ["%2F%5Cevil.test%2Fphish", "%2F%09%2Fevil.test%2Fphish", "%2F%5C%5Cevil.test"]) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${callback}`);
    await fillSignIn(page, demo.coordinator, "relais-demo-2026");
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    expect(new URL(page.url()).origin, callback).toBe(origin);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await expect(alerts(page)).toHaveCount(0);
});

test("pages are served with a nonce CSP and the other security headers; scripts carry the nonce", async ({
  page,
  request,
}) => {
  for (const path of ["/signin", "/agenda/plp-demo", "/api/health"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    if (path.startsWith("/api/")) continue;
    const csp = headers["content-security-policy"]!;
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
  }
  const first = (await request.get("/signin")).headers()["content-security-policy"];
  const second = (await request.get("/signin")).headers()["content-security-policy"];
  expect(first).not.toBe(second);
  // The fixture fails the test on any violation: the pages' own scripts must all run.
  await page.goto("/signin");
  const nonce = /'nonce-([^']+)'/.exec(first!)?.[1];
  expect(nonce).toBeTruthy();
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll("script")].map((s) => ({ src: s.src, nonce: s.nonce })),
  );
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => !s.nonce)).toEqual([]);
  await page.getByLabel("Adresse électronique").fill(demo.coordinator);
  await page.getByLabel("Mot de passe").fill("relais-demo-2026");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/n\/plp-demo$/);
  await page.goto("/agenda/plp-demo");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("malformed addresses answer 400 or 404, never 500", async ({ request }) => {
  const answers: Record<string, number> = {};
  for (const path of [
    "/n/%E0%A4%A",
    "/agenda/%",
    "/api/n/plp-demo/meetings/%E0%A4%A/ics",
    "/agenda/%00",
    "/agenda/%00/2026",
    "/agenda/%00/actions/00000000-0000-4000-8000-000000000000",
  ]) {
    answers[path] = (await request.get(path, { maxRedirects: 0 })).status();
  }
  expect(answers).toEqual({
    "/n/%E0%A4%A": 400,
    "/agenda/%": 400,
    "/api/n/plp-demo/meetings/%E0%A4%A/ics": 400,
    "/agenda/%00": 404,
    "/agenda/%00/2026": 404,
    "/agenda/%00/actions/00000000-0000-4000-8000-000000000000": 404,
  });
});

test("a copied session cookie no longer works once its owner signed out", async ({ page }) => {
  await page.goto("/signin");
  await fillSignIn(page, demo.partner, "relais-demo-2026");
  await page.waitForURL(/\/n\/plp-demo$/);
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/signin/);
  await page.context().addCookies(copied);
  await page.goto("/n/plp-demo");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("the coordinator's settings page cannot be framed, not even by another origin of the same site", async ({
  browser,
  baseURL,
}) => {
  // Its own context: the browser reports the refused frame as a CSP violation, which is expected here.
  const context = await browser.newContext({ baseURL });
  const violations = watchCspViolations(context);
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  const settings = `${new URL(baseURL!).origin}/n/plp-demo/settings`;
  const response = await page.request.get(settings);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Paramètres du réseau");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // A page of the same host on another port (the same site, so the SameSite=Lax session cookie goes
  // with the frame), served by a real local server: Chromium blocks a routed "public" page from
  // framing a local address before any CSP could be tested.
  const framer = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="fr"><title>Cadre</title><iframe title="cadre" src="${settings}"></iframe></html>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, new URL(baseURL!).hostname, resolve));
  const { port } = framer.address() as AddressInfo;
  await page.goto(`http://${new URL(baseURL!).hostname}:${port}/`);
  await expect.poll(() => violations.some((v) => v.includes("frame-ancestors"))).toBe(true);
  await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveCount(0);
  await context.close();
  await new Promise((resolve) => framer.close(resolve));
});

test("changing the password: a wrong current one is refused in French, the right one ends the other sessions", async ({
  page,
  browser,
  baseURL,
}) => {
  // An account no other spec signs in with; the password is set back at the end.
  const email = "elu@echanges-demo.test";
  const fresh = "un mot de passe tout neuf";
  const elsewhere = await browser.newContext({ baseURL });
  const elsewhereViolations = watchCspViolations(elsewhere);
  const other = await elsewhere.newPage();
  await signIn(other, email);
  await other.waitForURL(/\/n\/[^/]+$/);
  const home = new URL(other.url()).pathname;
  expect(home).toMatch(/^\/n\/[^/]+$/);
  // Signed in: the network's home (an elected official's is its dashboard), not the sign-in page.
  const inside = new RegExp(`${home}(/dashboard)?$`);

  await signIn(page, email);
  const change = async (current: string, next: string) => {
    await page.getByLabel("Mot de passe actuel").fill(current);
    await page.getByLabel("Nouveau mot de passe").fill(next);
    await page.getByLabel("Confirmer le mot de passe").fill(next);
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  };
  await page.getByRole("link", { name: "Mot de passe", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Changer de mot de passe" })).toBeVisible();
  await expectAccessible(page);

  await change("pas le bon mot de passe", fresh);
  await expect(page.getByText("Le mot de passe actuel est incorrect.")).toBeVisible();
  await expect(page.getByLabel("Mot de passe actuel")).toHaveAttribute("aria-invalid", "true");
  await other.goto(home);
  await expect(other).toHaveURL(inside);

  await change(demoPassword, fresh);
  await expect(page.getByText("Votre mot de passe a été changé. Vos autres sessions sont fermées.")).toBeVisible();
  // This session goes on (its cookie was re-issued); the other computer's is closed.
  await page.goto(home);
  await expect(page).toHaveURL(inside);
  await other.goto(home);
  await expect(other).toHaveURL(/\/signin\?callbackUrl=/);
  // The old password no longer signs in; the new one does.
  await fillSignIn(other, email, demoPassword);
  await expect(alerts(other)).toHaveText("Adresse électronique ou mot de passe incorrect.");
  await fillSignIn(other, email, fresh);
  await other.waitForURL(inside);

  await page.goto("/account/password");
  await change(fresh, demoPassword);
  await expect(page.getByText("Votre mot de passe a été changé. Vos autres sessions sont fermées.")).toBeVisible();
  expect(elsewhereViolations).toEqual([]);
  await elsewhere.close();
});

test("a NUL byte in the directory's filters and a 12 MB import body get an answer, never a 500", async ({ page }) => {
  await signIn(page, demo.coordinator);
  const answers: Record<string, number> = {};
  for (const path of [
    "/n/plp-demo/directory/organisations?tag=%00",
    "/n/plp-demo/directory/contacts?tag=%00",
    "/api/n/plp-demo/directory/export?kind=organisations&format=csv&tag=%00",
  ])
    answers[path] = (await page.request.get(path, { maxRedirects: 0 })).status();
  const body = JSON.stringify({ rows: "x".repeat(12 * 1024 * 1024) });
  const imported = await page.request.post("/api/n/plp-demo/directory/import", {
    data: body,
    headers: { "content-type": "application/json" },
  });
  answers["POST import 12 MB"] = imported.status();
  expect(answers).toEqual({
    "/n/plp-demo/directory/organisations?tag=%00": 200,
    "/n/plp-demo/directory/contacts?tag=%00": 200,
    "/api/n/plp-demo/directory/export?kind=organisations&format=csv&tag=%00": 200,
    "POST import 12 MB": 413,
  });
  await page.goto("/n/plp-demo/directory/organisations?tag=%00");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(alerts(page)).toHaveCount(0);
});
