import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

// The coordinator of the Mulhouse-like network writes its "Mobilisation des acteurs" fiche: the
// figures come from the records, the context is typed, the PDF and the Markdown are downloaded.
// The elected official reads it and downloads the PDF, without any form to write.

test("the coordinator creates the fiche, writes its context and exports it; the elected official reads it", async ({
  browser,
}) => {
  const stamp = Date.now();
  const title = `Mobilisation des acteurs ${stamp}`;
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, demo.coordinator);
  await coordinator.goto("/n/plp-demo/reports/fiches");
  await expect(coordinator.getByRole("heading", { level: 1, name: "Fiches retour d'expérience" })).toBeVisible();
  await expectAccessible(coordinator);

  // A period that ends before it starts is refused with a message on the field.
  await coordinator.getByLabel("Titre de la fiche").fill(title);
  await coordinator.getByLabel("Action décrite").selectOption("actors_mobilisation");
  await coordinator.getByLabel("Début de la période").fill("2015-01-01");
  await coordinator.getByLabel("Fin de la période").fill("2013-01-01");
  await coordinator.getByRole("button", { name: "Créer la fiche" }).click();
  await expect(coordinator.getByText("La fin de la période doit suivre son début.")).toBeVisible();

  await coordinator.getByLabel("Début de la période").fill("2013-01-01");
  await coordinator.getByLabel("Fin de la période").fill("2026-12-31");
  await coordinator.getByRole("button", { name: "Créer la fiche" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const ficheUrl = coordinator.url();
  const preview = coordinator.getByRole("article", { name: "Aperçu de la fiche" });
  await expect(preview.getByText(/SERD 2014 : 74 actions au total, 56 différentes, 50 partenaires/)).toBeVisible();
  await expect(preview.getByText(/73\s% des personnes formées/)).toBeVisible();
  await expect(coordinator.getByText(/toujours à jour/)).toBeVisible();

  const context = "Un contexte plutôt facilitant du fait de la forte tradition associative.";
  await coordinator.getByRole("textbox", { name: "Contexte", exact: true }).fill(context);
  await coordinator.getByLabel("Contact", { exact: true }).fill("Anne Moldo");
  await coordinator.getByRole("button", { name: "Enregistrer" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Fiche enregistrée." })).toBeVisible();
  await coordinator.reload();
  await expect(preview.getByText(context)).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.screenshot({ path: test.info().outputPath("fiche-coordinator.png"), fullPage: true });

  const [download] = await Promise.all([
    coordinator.waitForEvent("download"),
    coordinator.getByRole("link", { name: "Télécharger le PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("fiche-retour-experience.pdf");
  const markdown = await coordinator.request.get(
    (await coordinator.getByRole("link", { name: "Texte à coller (Markdown)" }).getAttribute("href"))!,
  );
  expect(markdown.headers()["content-type"]).toContain("text/markdown");
  const text = await markdown.text();
  expect(text).toContain(`# ${title}`);
  expect(text).toContain(`## Contexte\n\n${context}`);
  expect(text).toMatch(/SERD 2015 : 34\s700\s€ de dépenses valorisées/);

  const elected = await (await browser.newContext()).newPage();
  await signIn(elected, demo.elected);
  await elected.goto("/n/plp-demo/reports/fiches");
  await expect(elected.getByRole("button", { name: "Créer la fiche" })).toHaveCount(0);
  await elected.getByRole("link", { name: title }).click();
  await expect(elected.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(elected.getByRole("button", { name: "Enregistrer" })).toHaveCount(0);
  await expect(elected.getByRole("button", { name: "Recalculer les chiffres" })).toHaveCount(0);
  await expectAccessible(elected);
  const pdf = await elected.request.get(`${elected.url().replace("/n/", "/api/n/")}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect(elected.url()).toBe(ficheUrl);

  // A partner has no reports; another network's coordinator gets "not found" for this fiche.
  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, demo.partner);
  expect((await partner.goto("/n/plp-demo/reports/fiches"))!.status()).toBe(404);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, demo.sittomCoordinator);
  const id = ficheUrl.split("/").pop()!;
  expect((await other.goto(`/n/ambassadeurs-demo/reports/fiches/${id}`))!.status()).toBe(404);
  expect((await other.request.get(`/api/n/ambassadeurs-demo/reports/fiches/${id}/pdf`)).status()).toBe(404);
});
