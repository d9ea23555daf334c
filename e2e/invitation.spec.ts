import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

test("a coordinator invites a partner, who accepts from the emailed link and lands in the network", async ({
  page,
}) => {
  const email = `nouvelle.partenaire.${Date.now()}@exemple.test`;

  await signIn(page, demo.coordinator);
  await page
    .getByRole("navigation", { name: "Navigation du réseau" })
    .getByRole("link", { name: "Membres" })
    .click();
  // A partner without an organisation is refused, field by field, and nothing is sent.
  await page.getByLabel("Adresse électronique").fill("pas-une-adresse");
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(
    page.getByText("Adresse électronique invalide (exemple : prenom.nom@exemple.fr)."),
  ).toBeVisible();
  await expect(page.getByText("Choisissez la structure pour laquelle ce·tte partenaire agit.")).toBeVisible();
  await expect(page.getByLabel("Adresse électronique")).toHaveValue("pas-une-adresse");
  await expectAccessible(page);

  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Rôle").selectOption("partner");
  await page.getByLabel("Structure", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText("Invitation envoyée. Le lien est valable 7 jours.")).toBeVisible();
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/signin/);

  // The platform administrator reads the outbox, where development and test mail lands.
  await signIn(page, demo.admin);
  await page.getByRole("link", { name: "Messages envoyés" }).click();
  const mail = page.getByRole("article").filter({ hasText: `À ${email}` });
  await expect(
    mail.getByRole("heading", { name: "Invitation à rejoindre le réseau « PLP de démonstration »" }),
  ).toBeVisible();
  await expectAccessible(page);
  const body = await mail.locator("pre").innerText();
  const link = /https?:\/\/\S+\/invitation\/\S+/.exec(body)?.[0];
  expect(link).toBeTruthy();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Rejoindre un réseau" })).toBeVisible();
  await expect(page.getByText(`avec l'adresse ${email}`)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Prénom et nom").fill("Inès Garnier");
  await page.getByLabel(/^Mot de passe/).fill("un-mot-de-passe-solide");
  await page.getByLabel("Confirmer le mot de passe").fill("un-mot-de-passe-solide");
  await page.getByRole("button", { name: "Rejoindre le réseau" }).click();
  await expect(page).toHaveURL(/\/n\/plp-demo$/);
  await expect(page.getByText("Inès Garnier · Partenaire")).toBeVisible();

  // The link served once: opening it again explains why it no longer works (404).
  const again = await page.goto(link!);
  expect(again?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Ce lien d'invitation n'est plus valable" })).toBeVisible();
});
