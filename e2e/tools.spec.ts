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
