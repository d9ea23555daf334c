import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

test("a coordinator searches the directory without accents, filters, opens an organisation and exports", async ({
  page,
}) => {
  await signIn(page, demo.coordinator);
  await page
    .getByRole("navigation", { name: "Navigation du réseau" })
    .getByRole("link", { name: "Annuaire" })
    .click();
  await expect(page).toHaveURL(/\/directory\/organisations$/);
  await expect(page.getByRole("status").filter({ hasText: /résultats/ })).toHaveText(/^\d+ résultats$/);
  await expectAccessible(page);

  await page.getByRole("searchbox", { name: "Rechercher" }).fill("ecole");
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/[?&]q=ecole/);
  // "ecole" finds the schools whatever their accents (and places whose address or tags say "école").
  const table = page.getByRole("table", { name: "Structures du réseau" });
  for (const school of [
    "École élémentaire Victor-Hugo",
    "École maternelle des Coquelicots",
    "École élémentaire Les Tilleuls",
  ]) {
    await expect(table.getByRole("link", { name: school })).toBeVisible();
  }
  await expect(table.getByRole("link", { name: "Ressourcerie du Nouveau Bassin" })).toHaveCount(0);

  // The filters live in the URL: reloading keeps them, and a type filter narrows further.
  await page.getByLabel("Type d'acteur").selectOption("school");
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/type=school/);
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Rechercher" })).toHaveValue("ecole");
  await expect(page.getByLabel("Type d'acteur")).toHaveValue("school");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);

  await page.getByRole("link", { name: "École élémentaire Victor-Hugo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "École élémentaire Victor-Hugo" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Historique de l'engagement" })).toBeVisible();
  await expectAccessible(page);
});

test("a coordinator creates an organisation, changes its engagement and sees the history", async ({
  page,
}) => {
  await signIn(page, demo.coordinator);
  await page.goto("/n/plp-demo/directory/organisations/new");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Ce champ est obligatoire.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Repair Café de la Fonderie");
  await page.getByLabel("Type d'acteur").selectOption("reuse_repair_craft");
  await page.getByLabel("Étiquettes").fill("réparation, réemploi");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Repair Café de la Fonderie" })).toBeVisible();
  await expect(page.getByText("Créée au statut « Potentiel »")).toBeVisible();

  await page.getByRole("link", { name: "Modifier" }).click();
  await page.getByLabel("Engagement").selectOption("engaged");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("« Potentiel » → « Engagé »")).toBeVisible();
  await expect(page.getByText("par Claire Moreau").first()).toBeVisible();
});

test("a partner edits their own organisation and cannot open another's edit page", async ({ page }) => {
  await signIn(page, demo.partner);
  await page.getByRole("link", { name: "Ma structure" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ressourcerie du Nouveau Bassin" })).toBeVisible();
  await page.getByRole("link", { name: "Modifier" }).click();
  await page
    .getByLabel("Description")
    .fill("Collecte, tri et revente d'objets de seconde main ; ateliers de réparation.");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(
    page.getByText("Collecte, tri et revente d'objets de seconde main ; ateliers de réparation."),
  ).toBeVisible();
  await expectAccessible(page);

  // Another organisation of the same network: readable in the directory, but its edit page is "not found".
  await page.goto("/n/plp-demo/directory/organisations?q=ecole");
  const other = page.getByRole("link", { name: "École élémentaire Victor-Hugo" });
  const href = await other.getAttribute("href");
  await other.click();
  await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);
  const response = await page.goto(`${href}/edit`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});

test("a coordinator imports a CSV through the mapping screen, merges a duplicate, and finds the rows", async ({
  page,
}) => {
  await signIn(page, demo.coordinator);
  await page.goto("/n/plp-demo/directory/organisations");
  await page
    .getByRole("navigation", { name: "Sections de l'annuaire" })
    .getByRole("link", { name: "Importer" })
    .click();
  await expect(page.getByRole("heading", { name: "Importer dans l'annuaire" })).toBeVisible();
  await expectAccessible(page);

  const csv = [
    "Nom;Type;Commune;Statut;Étiquettes",
    "Ressourcerie du Nouveau Bassin;Structure de l'ESS;Mulhouse;Noyau;réemploi",
    '"Atelier Vélo Solidaire";Association environnementale;Mulhouse;Contacté;"vélo, réparation"',
  ].join("\r\n");
  await page.getByRole("radio", { name: "Des structures" }).check();
  await page
    .getByLabel("Fichier CSV ou XLSX")
    .setInputFiles({ name: "structures.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Lire le fichier" }).click();

  // The mapping screen guesses each column from its French header; the guess stays editable.
  await expect(page.getByRole("heading", { name: "Associer les colonnes" })).toBeVisible();
  await expect(page.getByLabel("Champ de l'annuaire pour la colonne « Nom »")).toHaveValue("name");
  await expect(page.getByLabel("Champ de l'annuaire pour la colonne « Étiquettes »")).toHaveValue("tags");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Vérifier les lignes" }).click();

  await expect(page.getByText("2 lignes, aucune erreur, 1 doublon.")).toBeVisible();
  await expect(page.getByText("Rien n'a encore été enregistré.")).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole("group", { name: "Que faire de la ligne 2 ?" })
    .getByRole("radio", { name: "Fusionner" })
    .check();
  await page.getByRole("button", { name: "Importer", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Import terminé" })).toBeVisible();
  await expect(page.getByText("1 fiche créée")).toBeVisible();
  await expect(page.getByText("1 fiche mise à jour")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Voir les structures" }).click();
  await page.getByRole("searchbox", { name: "Rechercher" }).fill("velo solidaire");
  await page.getByRole("button", { name: "Appliquer" }).click();
  // Wait for the filtered page before typing again: the new organisation may already be listed
  // on the unfiltered one, and typing into a page being replaced loses the text.
  await expect(page).toHaveURL(/[?&]q=velo(\+|%20)solidaire/);
  await expect(page.getByRole("link", { name: "Atelier Vélo Solidaire" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Rechercher" }).fill("nouveau bassin");
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/[?&]q=nouveau(\+|%20)bassin/);
  const row = page.getByRole("row").filter({ hasText: "Ressourcerie du Nouveau Bassin" });
  await expect(row.getByRole("cell", { name: "Noyau" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter (Excel)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^structures-plp-demo-\d{4}-\d{2}-\d{2}\.xlsx$/);
});
