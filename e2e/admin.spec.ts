import { alerts, demo, expect, expectAccessible, signIn, test } from "./fixtures";

test("the platform administrator creates a network and its coordinator's invitation goes out", async ({
  page,
}) => {
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByLabel("Nom du réseau").fill("PLP du Grand Rodez");
  await page.getByLabel("Identifiant d'adresse").fill("plp-demo");
  await page.getByLabel("Adresse de la coordination").fill("coordination@rodez.test");
  await page.getByRole("button", { name: "Créer le réseau" }).click();
  await expect(page.getByText("Cet identifiant est déjà utilisé par un autre réseau.").last()).toBeVisible();
  // What the user typed is still there to correct.
  await expect(page.getByLabel("Nom du réseau")).toHaveValue("PLP du Grand Rodez");
  await expect(page.getByLabel("Adresse de la coordination")).toHaveValue("coordination@rodez.test");
  await expectAccessible(page);

  await page.getByLabel("Identifiant d'adresse").fill("grand-rodez");
  await page.getByRole("button", { name: "Créer le réseau" }).click();
  await expect(page.getByText("Réseau « grand-rodez » créé ; l'invitation est partie.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "PLP du Grand Rodez" })).toBeVisible();

  await page.getByRole("link", { name: "Messages envoyés" }).click();
  await expect(
    page.getByRole("article").filter({ hasText: "À coordination@rodez.test" }).getByRole("heading", {
      name: "Invitation à rejoindre le réseau « PLP du Grand Rodez »",
    }),
  ).toBeVisible();
});

test("only the platform administrator reaches the admin pages", async ({ page }) => {
  await signIn(page, demo.coordinator);
  await expect(page).toHaveURL(/\/n\/plp-demo$/);
  for (const path of ["/admin", "/admin/outbox"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("a failed sign-in answers 401 and a forgotten password can be requested", async ({ page }) => {
  await page.goto("/signin");
  const callback = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByLabel("Adresse électronique").fill(demo.partner);
  await page.getByLabel("Mot de passe").fill("mauvais mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  expect((await callback).status()).toBe(401);
  await expect(alerts(page)).toHaveText("Adresse électronique ou mot de passe incorrect.");

  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
  await page.getByLabel("Adresse électronique").fill("pas une adresse");
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(
    page.getByText("Adresse électronique invalide (exemple : prenom.nom@exemple.fr)."),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Adresse électronique").fill(demo.partner);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByText(/Si un compte est associé à cette adresse/)).toBeVisible();
  const response = await page.goto("/reset-password/lien-invente-qui-nexiste-pas-du-tout");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Ce lien n'est plus valable" })).toBeVisible();
  await expectAccessible(page);
});
