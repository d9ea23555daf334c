import path from "node:path";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

// An ambassador shares a video link and a PDF; another member of the network finds the link by an
// accent-less search, asks for the sorting game for next week; the owner's ambassador confirms,
// and the reservation appears on the kit's calendar for both.

function addDays(day: string, n: number) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

test("share a link and a PDF, find it without accents, reserve the sorting game, the owner confirms", async ({ browser }) => {
  const stamp = Date.now();
  const linkTitle = `Vidéo des déchets ménagers ${stamp}`;
  const pdfPath = path.join(mkdtempSync(path.join(tmpdir(), "tools-e2e-")), "programme-serd.pdf");
  writeFileSync(pdfPath, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

  const ambassador = await (await browser.newContext()).newPage();
  await signIn(ambassador, demo.ambassador);
  await ambassador.goto("/n/ambassadeurs-demo/tools");
  await expectAccessible(ambassador);
  await ambassador.getByRole("link", { name: "Partager un outil" }).click();
  await expectAccessible(ambassador);
  await ambassador.getByRole("textbox", { name: "Titre", exact: true }).fill(linkTitle);
  await ambassador.getByLabel("Adresse du lien").fill("https://video.example.org/dechets");
  await ambassador.getByRole("checkbox", { name: "Vidéo" }).check();
  await ambassador.getByRole("button", { name: "Partager" }).click();
  await expect(ambassador.getByRole("heading", { level: 1, name: linkTitle })).toBeVisible();
  await expectAccessible(ambassador);

  await ambassador.goto("/n/ambassadeurs-demo/tools/share");
  await ambassador.getByLabel("Type d'outil").selectOption("document");
  await ambassador.getByRole("textbox", { name: "Titre", exact: true }).fill(`Programme SERD ${stamp}`);
  await ambassador.getByLabel("Fichier").setInputFiles(pdfPath);
  await ambassador.getByRole("button", { name: "Partager" }).click();
  await expect(ambassador.getByRole("link", { name: /Télécharger/ })).toBeVisible();

  // Another member (the network's coordinator) searches without accents.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, demo.sittomCoordinator);
  await other.goto("/n/ambassadeurs-demo/tools");
  await other.getByLabel("Mots recherchés").fill(`video dechets menagers ${stamp}`);
  await other.getByRole("button", { name: "Filtrer" }).click();
  await expect(other).toHaveURL(/q=video/);
  await expect(other.getByRole("link", { name: linkTitle })).toBeVisible();
  await expectAccessible(other);

  // …and asks for the sorting game for next week, for a member collectivity.
  await other.getByRole("link", { name: "Kits en prêt" }).click();
  await expectAccessible(other);
  await other.getByRole("link", { name: "Jeu du tri" }).click();
  await other.waitForURL(/\/kits\/[0-9a-f-]{36}/);
  await expect(other.getByRole("heading", { level: 1, name: "Jeu du tri" })).toBeVisible();
  const kitUrl = other.url();
  const today = new Date().toISOString().slice(0, 10);
  const start = addDays(today, 7);
  await other.getByLabel(/^Du( \*)?$/).fill(start);
  await other.getByLabel(/^Au( \*)?$/).fill(addDays(start, 2));
  const borrower = other.getByLabel("Pour la structure");
  const options = await borrower.locator("option").allTextContents();
  const borrowerName = options.find((o) => /Communauté|Commune|Pays/.test(o)) ?? options[1]!;
  await borrower.selectOption({ label: borrowerName });
  await other.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(other.getByText("Demande envoyée au propriétaire.")).toBeVisible();
  await expectAccessible(other);

  // The owner's ambassador confirms.
  await ambassador.goto(kitUrl);
  await expectAccessible(ambassador);
  const row = ambassador.getByRole("row").filter({ hasText: borrowerName }).filter({ hasText: "Demandée" });
  await row.getByRole("button", { name: "Confirmer" }).click();
  await expect(ambassador.getByRole("row").filter({ hasText: borrowerName }).filter({ hasText: "Confirmée" }).first()).toBeVisible();

  // The confirmed reservation is on the kit's calendar, for both.
  const month = start.slice(0, 7);
  for (const page of [ambassador, other]) {
    await page.goto(`${kitUrl}?month=${month}`);
    const cell = page.getByRole("cell").filter({ has: page.locator(`time[datetime="${start}"]`) });
    await expect(cell).toContainText(borrowerName);
    await expect(cell).toContainText("Confirmée");
  }
});

test("an elected official reads the library but cannot share", async ({ page }) => {
  await signIn(page, demo.elected);
  await page.goto("/n/plp-demo/tools");
  await expect(page.getByRole("link", { name: "Guide du partenaire SERD" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Partager un outil" })).toHaveCount(0);
  await expectAccessible(page);
  const response = await page.goto("/n/plp-demo/tools/share");
  expect(response?.status()).toBe(404);
});

test("the owner's ambassador adds a photo and edits the kit; 'Mes prêts' lists the organisation's loans", async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), "tools-photo-"));
  const pngPath = path.join(dir, "jeu-du-tri.png");
  // A real 1×1 PNG: the browser must decode what the photo route serves.
  writeFileSync(
    pngPath,
    Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64"),
  );
  const fakePath = path.join(dir, "faux.png");
  writeFileSync(fakePath, "<html>pas une image</html>");

  await signIn(page, demo.ambassador);
  await page.goto("/n/ambassadeurs-demo/tools/kits");
  await page.getByRole("link", { name: "Jeu du tri" }).click();
  await page.waitForURL(/\/kits\/[0-9a-f-]{36}$/);
  const kitUrl = page.url();

  // A file whose bytes are not an image is refused with a French message.
  await page.getByLabel(/^Photo( \*)?$/).setInputFiles(fakePath);
  await page.getByLabel("Description de la photo").fill("Faux");
  await page.getByRole("button", { name: "Ajouter la photo" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Le contenu du fichier ne correspond pas à son extension." })).toBeVisible();

  const alt = `Plateau et cartes du jeu ${Date.now()}`;
  await page.getByLabel(/^Photo( \*)?$/).setInputFiles(pngPath);
  await page.getByLabel("Description de la photo").fill(alt);
  await page.getByRole("button", { name: "Ajouter la photo" }).click();
  const img = page.getByRole("img", { name: alt });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/kit-page.png", fullPage: true });

  // The edit form: a bad value gets a field message, a good one is saved.
  await page.getByRole("link", { name: "Modifier le kit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modifier le kit" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Durée maximale d'un prêt/).fill("200");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Certains champs sont à corriger." })).toBeVisible();
  await page.getByLabel(/^Durée maximale d'un prêt/).fill("12");
  await page.getByLabel("Lieu de stockage").fill("Local du SITTOM, étagère 3");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await page.waitForURL(kitUrl);
  await expect(page.getByText("Rangé à : Local du SITTOM, étagère 3")).toBeVisible();
  await expect(page.getByText("Prêt de 12 jours au plus")).toBeVisible();

  // The photo is deleted.
  await page.getByRole("button", { name: `Supprimer la photo « ${alt} »` }).click();
  await expect(page.getByRole("img", { name: alt })).toHaveCount(0);

  // "Mes prêts": the ambassador's organisation's requests and loans.
  await page.goto("/n/ambassadeurs-demo/tools");
  await page.getByRole("link", { name: "Mes prêts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes prêts" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Emprunts de / })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/my-loans.png", fullPage: true });
});

test("the coordinator reads any collectivity's loans, an overdue one flagged", async ({ page }) => {
  await signIn(page, demo.sittomCoordinator);
  await page.goto("/n/ambassadeurs-demo/tools/loans");
  const select = page.getByLabel("Structure");
  const names = await select.locator("option").allTextContents();
  // Whichever collectivity the demo's overdue loan is for, one of them shows it.
  let found = false;
  for (const name of names) {
    await select.selectOption({ label: name });
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(page.getByRole("heading", { level: 2, name: `Emprunts de ${name}` })).toBeVisible();
    if ((await page.getByText(/En retard depuis le/).count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found).toBe(true);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/loans-overdue.png", fullPage: true });
});
