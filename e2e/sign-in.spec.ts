import { alerts, demo, expect, expectAccessible, fillSignIn, signIn, test } from "./fixtures";

test.describe("signing in with each demo account", () => {
  test("the sign-in page is French and accessible; a wrong password is refused with a message", async ({
    page,
  }) => {
    await page.goto("/n/plp-demo");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fn%2Fplp-demo/);
    await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
    await expectAccessible(page);
    await fillSignIn(page, demo.coordinator, "pas le bon mot de passe");
    await expect(alerts(page)).toHaveText("Adresse électronique ou mot de passe incorrect.");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("the coordinator lands on the demo network's overview with its figures", async ({ page }) => {
    await signIn(page, demo.coordinator);
    await expect(page).toHaveURL(/\/n\/plp-demo$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
    await expect(page.getByRole("link", { name: "PLP de démonstration" })).toBeVisible();
    await expect(page.getByText("Claire Moreau · Coordination")).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Navigation du réseau" });
    await expect(nav.getByRole("link")).toHaveText([
      "Vue d'ensemble",
      "Tableau de bord",
      "Rapports",
      "Annuaire",
      "Réunions",
      "SERD",
      "Outils",
      "Formation",
      "Membres",
      "Paramètres",
      "Journal d'audit",
    ]);
    await expectAccessible(page);
    await nav.getByRole("link", { name: "Membres" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Membres" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Bernard Schmitt" })).toBeVisible();
    await expectAccessible(page);
    await nav.getByRole("link", { name: "Paramètres" }).click();
    await expect(page.getByLabel("Nom du réseau")).toHaveValue("PLP de démonstration");
    await expectAccessible(page);
  });

  test("the partner lands on the overview, the elected official on the dashboard, without the coordinator's menus", async ({
    page,
  }) => {
    for (const [email, who, landing, links] of [
      [
        demo.partner,
        "Karim Benali · Partenaire",
        /\/n\/plp-demo$/,
        ["Vue d'ensemble", "Annuaire", "Réunions", "SERD", "Outils", "Formation"],
      ],
      [
        demo.elected,
        "Bernard Schmitt · Élu·e",
        /\/n\/plp-demo\/dashboard$/,
        ["Vue d'ensemble", "Tableau de bord", "Rapports", "Annuaire", "Réunions", "SERD", "Outils", "Formation"],
      ],
    ] as const) {
      await signIn(page, email);
      await expect(page).toHaveURL(landing);
      await expect(page.getByText(who)).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Navigation du réseau" });
      await expect(nav.getByRole("link")).toHaveText([...links]);
      await expectAccessible(page);
      // The members page is not theirs: "not found", as for another network's page.
      const response = await page.goto("/n/plp-demo/members");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
      await page.getByRole("button", { name: "Se déconnecter" }).first().click();
      await expect(page).toHaveURL(/\/signin/);
    }
  });

  test("the ambassador of two networks chooses one, then switches to the other", async ({ page }) => {
    await signIn(page, demo.ambassador);
    await expect(page).toHaveURL(/\/n$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vos réseaux" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: /PLP de démonstration/ }).click();
    await expect(page.getByText("Élodie Le Gall · Ambassadeur·rice")).toBeVisible();
    await page.getByLabel("Réseau", { exact: true }).selectOption("ambassadeurs-demo");
    await expect(page).toHaveURL(/\/n\/ambassadeurs-demo$/);
    await expect(page.getByRole("link", { name: "Réseau des ambassadeurs (démo)" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the platform administrator lands on the admin page listing every network", async ({ page }) => {
    await signIn(page, demo.admin);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Réseaux" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "plp-demo", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "ambassadeurs-demo", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "echanges-demo", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "directions-demo", exact: true })).toBeVisible();
    await expectAccessible(page);
  });
});

test("each kind of network shows its own figures on the overview", async ({ page }) => {
  await signIn(page, demo.exchangeCoordinator);
  await expect(page).toHaveURL(/\/n\/echanges-demo$/);
  const kindFigures = () =>
    page.locator("section", { has: page.getByRole("heading", { name: "Les chiffres du réseau" }) });
  const figures = kindFigures();
  await expect(figures.getByText("Journées d'échange des communes")).toBeVisible();
  await expect(figures.getByText("2011 : 5 · 2012 : 4")).toBeVisible();
  // An exchange network holds no actors' councils: no council averages.
  await expect(page.getByText("Présent·es en moyenne par conseil")).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/n/echanges-demo/settings");
  await expect(page.getByLabel("Type de réseau")).toHaveValue("exchange");
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, demo.sittomCoordinator);
  await expect(page).toHaveURL(/\/n\/ambassadeurs-demo$/);
  const sittom = kindFigures();
  await expect(sittom.getByText("Collectivités membres (EPCI et communes)")).toBeVisible();
  await expect(sittom.getByText("Journées de visite de sites")).toBeVisible();
  await expect(page.getByText("Conseils d'acteurs tenus")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/signin/);

  // The elected official of the internal mobilisation reads its recorded indicators on the dashboard.
  await signIn(page, demo.internalElected);
  await expect(page).toHaveURL(/\/n\/directions-demo\/dashboard$/);
  await expect(page.getByText("Emplois créés par les ressourceries").first()).toBeVisible();
  await expectAccessible(page);
});

test("a coordinator of one network gets 'not found' for another network's pages", async ({ page }) => {
  await signIn(page, demo.sittomCoordinator);
  await expect(page).toHaveURL(/\/n\/ambassadeurs-demo$/);
  for (const path of ["/n/plp-demo", "/n/plp-demo/members", "/n/plp-demo/settings", "/n/nexiste-pas"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
  await expectAccessible(page);
});
