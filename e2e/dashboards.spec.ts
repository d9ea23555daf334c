import path from "node:path";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

// A coordinator sets an objective, follows a recorded indicator and records time; the elected
// official opens the dashboard, reads target against actual and prints it. Every page is checked
// with axe; the elected official cannot reach the pages that write.

const base = "/n/plp-demo/dashboard";

test("a coordinator sets an objective and records time; the elected official reads and prints the dashboard", async ({
  browser,
}) => {
  const stamp = Date.now();
  const title = `Rencontres tenues ${stamp}`;
  const today = new Date().toISOString().slice(0, 10);
  const year = today.slice(0, 4);

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, demo.coordinator);
  await coordinator.goto(`${base}/manage`);
  await expectAccessible(coordinator);
  await coordinator.getByRole("link", { name: "Objectifs", exact: true }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Objectifs" })).toBeVisible();
  await expectAccessible(coordinator);

  // Bad input first: a target that is not a number, a period ending before it starts.
  await coordinator.getByLabel("Intitulé").fill(title);
  await coordinator.getByLabel("Indicateur").selectOption("computed:meetings.held");
  await coordinator.getByLabel("Sens").selectOption("at_least");
  await coordinator.getByLabel("Valeur cible").fill("beaucoup");
  await coordinator.getByLabel("Début de la période").fill(`${year}-12-31`);
  await coordinator.getByLabel("Fin de la période").fill(`${year}-01-01`);
  await coordinator.getByRole("button", { name: "Enregistrer l'objectif" }).click();
  await expect(coordinator.locator("#field-target-error")).toBeVisible();
  await coordinator.getByLabel("Valeur cible").fill("3");
  await coordinator.getByRole("button", { name: "Enregistrer l'objectif" }).click();
  await expect(coordinator.locator("#field-periodEnd-error")).toHaveText(
    "La fin doit être le même jour que le début ou après.",
  );
  await expectAccessible(coordinator);
  await coordinator.getByLabel("Début de la période").fill(`${year}-01-01`);
  await coordinator.getByLabel("Fin de la période").fill(`${year}-12-31`);
  await coordinator.getByRole("button", { name: "Enregistrer l'objectif" }).click();
  await expect(coordinator.getByText("Objectif enregistré.")).toBeVisible();
  const row = coordinator.getByTestId("objective-row").filter({ hasText: title });
  await expect(row).toContainText("Au moins 3");
  await row.getByRole("link", { name: `Modifier l'objectif « ${title} »` }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Modifier l'objectif" })).toBeVisible();
  await expectAccessible(coordinator);
  await expect(coordinator.getByLabel("Valeur cible")).toHaveValue("3");

  // A recorded indicator: a value, the same date refused, an import with a broken row.
  const indicator = `Tonnes collectées ${stamp}`;
  await coordinator.goto(`${base}/recorded`);
  await expectAccessible(coordinator);
  await coordinator.getByLabel("Nom").fill(indicator);
  await coordinator.getByLabel("Unité").selectOption("tonnes");
  await coordinator.getByRole("button", { name: "Créer l'indicateur" }).click();
  await expect(coordinator.getByText("Indicateur créé.")).toBeVisible();
  await coordinator.reload();
  await coordinator.getByRole("link", { name: indicator }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: indicator })).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.getByLabel("Date").fill(`${Number(year) - 1}-12-31`);
  await coordinator.getByLabel("Valeur").fill("12 480,5");
  await coordinator.getByLabel("Source", { exact: true }).fill("Rapport annuel du service déchets");
  await coordinator.getByRole("button", { name: "Enregistrer la valeur" }).click();
  await expect(coordinator.getByText("Valeur enregistrée.")).toBeVisible();
  await coordinator.getByRole("button", { name: "Enregistrer la valeur" }).click();
  await expect(coordinator.locator("#field-date-error")).toHaveText(
    "Une valeur est déjà enregistrée à cette date pour cet indicateur.",
  );
  const csv = path.join(mkdtempSync(path.join(tmpdir(), "dash-e2e-")), "tonnages.csv");
  writeFileSync(csv, "date;valeur;source\n2019;13000;SITTOM\n2020;douze mille;SITTOM\n");
  await coordinator.getByLabel(/Fichier CSV ou XLSX/).setInputFiles(csv);
  await coordinator.getByRole("button", { name: "Importer le fichier" }).click();
  await expect(coordinator.locator("#field-file-error")).toContainText("La ligne 3 du fichier");
  await coordinator.reload();
  await expect(coordinator.getByTestId("recorded-value")).toHaveCount(1);

  // Time: one entry, then a week grid refused over 24 h a day.
  await coordinator.goto(`${base}/time`);
  await expectAccessible(coordinator);
  const entry = coordinator.locator("form").last();
  await entry.getByLabel("Rôle").selectOption("project_officer");
  await entry.getByLabel("Activité").selectOption("network");
  await entry.getByLabel("Précision (module, sujet)").fill(`Préparation du conseil ${stamp}`);
  await entry.getByLabel("Date (ou début)").fill(today);
  await entry.getByLabel("Durée").fill("30");
  await entry.getByRole("button", { name: "Enregistrer" }).click();
  await expect(coordinator.locator("#field-amount-error")).toContainText("Plus de 24 heures");
  await entry.getByLabel("Durée").fill("3,5");
  await entry.getByRole("button", { name: "Enregistrer" }).click();
  await expect(coordinator.getByText("Temps enregistré.")).toBeVisible();
  await coordinator.reload();
  await expect(
    coordinator.getByTestId("time-entry").filter({ hasText: `Préparation du conseil ${stamp}` }),
  ).toHaveCount(1);
  await coordinator.getByRole("link", { name: "Saisie de la semaine" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Saisie de la semaine" })).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.getByLabel("Heures, ligne 1,", { exact: false }).first().fill("25");
  await coordinator.getByRole("button", { name: "Enregistrer la semaine" }).click();
  await expect(coordinator.getByRole("alert").filter({ hasText: "Plus de 24 heures" })).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.goto(`${base}/time/settings`);
  await expectAccessible(coordinator);

  // The elected official: reads target against actual, prints; writes nothing.
  const elected = await (await browser.newContext()).newPage();
  await signIn(elected, demo.elected);
  await elected.goto(base);
  await expect(elected.getByRole("heading", { level: 1, name: /Tableau de bord/ })).toBeVisible();
  await expect(elected.getByTestId("comparison-rule")).toContainText("jamais avec une édition terminée");
  const theirs = elected.getByTestId("objective-row").filter({ hasText: title });
  await expect(theirs).toContainText("Au moins 3");
  await expect(theirs).toContainText(/Atteint|Non atteint|En cours|Pas de donnée/);
  await expect(elected.getByRole("link", { name: "Gérer les objectifs" })).toHaveCount(0);
  await expectAccessible(elected);
  await elected.emulateMedia({ media: "print" });
  await expect(elected.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(elected.locator("nav").first()).toBeHidden();
  await expect(theirs).toBeVisible();
  await elected.screenshot({ path: path.join(tmpdir(), "dash-e2e-print.png"), fullPage: true });
  await elected.emulateMedia({ media: "screen" });
  for (const page of ["manage", "objectives", "recorded", "time", "time/week", "time/settings"]) {
    const response = await elected.goto(`${base}/${page}`);
    expect(response?.status(), page).toBe(404);
  }
});
