import type { Page } from "@playwright/test";
import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/signin/);
}

async function fillOccurrence(page: Page, index: number, date: string, start: string, end: string) {
  const group = page.getByRole("group", { name: `Date ${index}` });
  await group.getByLabel(/^Date/).fill(date);
  await group.getByLabel("Heure de début").fill(start);
  await group.getByLabel("Heure de fin").fill(end);
  await group.getByLabel("Lieu").fill("Ressourcerie du Nouveau Bassin");
  await group.getByLabel("Commune").selectOption({ label: "Mulhouse" });
  await group.getByLabel("Participant·es attendu·es").fill("40");
}

test("a partner registers an action, the coordinator asks for a change then labels it, and the public finds it", async ({ page }) => {
  const title = `Atelier réparation de petit électroménager ${Date.now()}`;

  // The coordinator opens the 2027 edition (20–28 November 2027).
  await signIn(page, demo.coordinator);
  await page.goto("/n/plp-demo/serd/editions/new");
  await page.getByLabel("Année").fill("2027");
  await page.getByLabel("Premier jour (samedi)").fill("2027-11-20");
  await page.getByLabel("Dernier jour (dimanche)").fill("2027-11-28");
  await page.getByLabel("Ouverture des inscriptions").fill("2026-09-01");
  await page.getByLabel("Clôture nationale des inscriptions").fill("2027-11-12");
  await page.getByRole("button", { name: "Enregistrer l'édition" }).click();
  await expect(page).toHaveURL(/\/serd\/editions$/);
  const editHref = await page.getByRole("link", { name: "Modifier l'édition 2027" }).getAttribute("href");
  const editionId = /editions\/([0-9a-f-]{36})/.exec(editHref ?? "")?.[1];
  expect(editionId).toBeTruthy();
  await signOut(page);

  // The partner registers an action with two occurrences.
  await signIn(page, demo.partner);
  await page.goto(`/n/plp-demo/serd/actions/new?edition=${editionId}`);
  await expectAccessible(page);
  await page.getByLabel("Titre").fill(title);
  await page.getByRole("checkbox", { name: "Réemploi / réparation" }).check();
  await page.getByRole("checkbox", { name: "Grand public" }).check();
  await page.getByLabel("Je confirme que l'action est gratuite pour le public").check();
  await page.getByLabel("Je confirme que l'action est sans but lucratif").check();
  await fillOccurrence(page, 1, "2027-11-20", "14:00", "17:00");
  await page.getByRole("button", { name: "Ajouter une date" }).click();
  await fillOccurrence(page, 2, "2027-11-24", "14:00", "17:00");
  await page.getByRole("button", { name: "Soumettre pour labellisation" }).click();
  // Submitting checks everything: the missing description and format are named, nothing is lost.
  await expect(page.getByText("Certains champs sont à corriger.")).toBeVisible();
  await expect(page.getByLabel("Titre")).toHaveValue(title);
  await page.getByLabel("Description").fill("Atelier de réparation de petit électroménager.");
  await page.getByLabel("Format").selectOption({ label: "Atelier" });
  await page.getByRole("button", { name: "Soumettre pour labellisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  const actionUrl = new URL(page.url()).pathname;
  await signOut(page);

  // The coordinator asks for a change.
  await signIn(page, demo.coordinator);
  await page.goto(`/n/plp-demo/serd/review?edition=${editionId}`);
  await page.getByRole("link", { name: title }).click();
  await page.getByLabel("Commentaire pour l'auteur·rice").fill("Merci de préciser le déroulé de l'atelier dans la description.");
  await page.getByRole("button", { name: "Demander des modifications" }).click();
  await expect(page.getByText("Merci de préciser le déroulé de l'atelier dans la description.").first()).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The partner fixes it and answers.
  await signIn(page, demo.partner);
  await page.goto(actionUrl);
  await expect(page.getByText("Merci de préciser le déroulé de l'atelier dans la description.").first()).toBeVisible();
  await page.getByRole("link", { name: "Modifier l'action" }).click();
  await page.getByLabel("Description").fill("Diagnostic gratuit de vos petits appareils avec des bénévoles réparateurs, puis réparation ensemble.");
  await page.getByRole("button", { name: "Soumettre pour labellisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  await signOut(page);

  // The coordinator labels it.
  await signIn(page, demo.coordinator);
  await page.goto(actionUrl);
  await page.getByRole("button", { name: "Labelliser" }).click();
  await expect(page.getByText("Labellisée").first()).toBeVisible();
  await signOut(page);

  // An anonymous visitor finds it on the public agenda by theme and commune, and downloads its .ics.
  await page.goto("/agenda/plp-demo/2027");
  await expect(page.getByRole("heading", { level: 1, name: "Semaine européenne de la réduction des déchets 2027" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Thème").selectOption({ label: "Réemploi / réparation" });
  await page.getByLabel("Commune").selectOption({ label: "Mulhouse" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/theme=reuse_repair/);
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Ajouter à mon agenda le rendez-vous du samedi 20 novembre 2027/ }).click();
  const ics = await download;
  expect(ics.suggestedFilename()).toMatch(/\.ics$/);
});
