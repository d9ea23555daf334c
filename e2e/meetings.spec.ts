import type { Page } from "@playwright/test";
import { demo, expect, expectAccessible, signIn, test, watchCspViolations } from "./fixtures";

/** A Paris wall-clock "YYYY-MM-DDTHH:mm" for a datetime-local field, `days` from today. */
function parisLocal(days: number, time: string): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + days * 86_400_000));
  return `${day}T${time}`;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/signin/);
}

test("a coordinator invites a segment, an invitee answers 'excusé' from the email, and two people are checked in on a phone", async ({
  page,
  browser,
}) => {
  const title = `Conseil d'acteurs e2e ${Date.now()}`;
  await signIn(page, demo.coordinator);

  // A saved segment of the directory: every relay actor.
  await page.goto("/n/plp-demo/directory/contacts?relay=1");
  await page.getByLabel("Nom du segment").fill("Acteurs relais (e2e)");
  await page.getByRole("button", { name: "Enregistrer le segment" }).click();
  await expect(page.getByText("Segment enregistré.")).toBeVisible();

  // A meeting tomorrow.
  await page.goto("/n/plp-demo/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "Réunions" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nouvelle réunion" }).click();
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Type de réunion").selectOption("actors_council");
  await page.getByLabel("Début").fill(parisLocal(1, "18:00"));
  await page.getByLabel("Fin").fill(parisLocal(1, "16:00"));
  await page.getByRole("button", { name: "Enregistrer la réunion" }).click();
  await expect(page.getByText("La fin doit être après le début.")).toBeVisible();
  await expect(page.getByLabel("Titre")).toHaveValue(title);
  await page.getByLabel("Fin").fill(parisLocal(1, "20:00"));
  await page.getByLabel("Lieu").fill("Salle du conseil, Maison de l'agglomération");
  await page.getByRole("button", { name: "Enregistrer la réunion" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  await expectAccessible(page);
  const eventUrl = new URL(page.url()).pathname;

  // Invite the segment.
  await page.getByRole("navigation", { name: "Sections de la réunion" }).getByRole("link", { name: "Invitations" }).click();
  await page.getByLabel("Segment enregistré").selectOption({ label: "Acteurs relais (e2e)" });
  await page.getByRole("button", { name: "Envoyer les invitations" }).click();
  await expect(page.getByRole("status").filter({ hasText: /personnes? invitée/ })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("table", { name: "Personnes invitées et leurs réponses" })).toBeVisible();
  await signOut(page);

  // The invitee's email, read from the outbox; they answer without an account.
  await signIn(page, demo.admin);
  await page.goto("/admin/outbox");
  const mail = page.getByRole("article").filter({ hasText: title }).first();
  await expect(mail).toBeVisible();
  await expect(mail.getByText(/Pièces jointes : .*\.ics/)).toBeVisible();
  const body = await mail.locator("pre").innerText();
  const excusedLink = /https?:\/\/\S+\/rsvp\/\S+\?answer=excused/.exec(body)?.[0];
  expect(excusedLink).toBeTruthy();
  await signOut(page);

  // One click in the mail records the answer (decision 0026); the page then offers a message.
  await page.goto(excusedLink!);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Réponse enregistrée : Excusé·e." })).toBeVisible();
  await expect(page.getByText("Votre réponse actuelle : Excusé·e")).toBeVisible();
  await expect(page).toHaveURL((url) => !url.search.includes("answer="));
  await expectAccessible(page);
  const answers = page.getByRole("group", { name: "Votre réponse" });
  await expect(answers.getByRole("radio", { name: "Je suis excusé·e" })).toBeChecked();
  await page.getByLabel("Représenté·e par (facultatif)").fill("Léa Martin");
  await page.getByLabel("Message (facultatif)").fill("En congé ce jour-là, je lirai le compte rendu.");
  await page.getByRole("button", { name: "Envoyer ma réponse" }).click();
  await expect(page.getByText("Votre réponse actuelle : Excusé·e – représenté·e par Léa Martin")).toBeVisible();

  // The coordinator moves the meeting to today, then checks two people in on a phone.
  await signIn(page, demo.coordinator);
  await page.goto(`${eventUrl}/invitations`);
  await expect(page.getByText("En congé ce jour-là, je lirai le compte rendu.")).toBeVisible();
  await expect(page.getByText("– représenté·e par Léa Martin")).toBeVisible();
  await page.goto(`${eventUrl}/edit`);
  await page.getByLabel("Début").fill(parisLocal(0, "00:05"));
  await page.getByLabel("Fin").fill(parisLocal(0, "23:55"));
  await page.getByRole("button", { name: "Enregistrer la réunion" }).click();
  // The edit page's own heading, « Modifier « title » », also contains the title: wait for the
  // meeting's page itself, or the next navigation could cut the save short.
  await expect(page).toHaveURL((url) => url.pathname === eventUrl);
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${eventUrl}/attendance`);
  await expect(page.getByRole("heading", { name: "Pointage et émargement" })).toBeVisible();
  const presentButtons = page.getByRole("button", { name: /: Présent·e$/ });
  expect(await presentButtons.count()).toBeGreaterThanOrEqual(2);
  for (const index of [0, 1]) {
    const button = presentButtons.nth(index);
    const name = (await button.getAttribute("aria-label"))?.replace(/ : Présent·e$/, "") ?? (await button.innerText());
    const box = await button.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await button.click();
    await expect(page.getByText(`${name.trim()} : Présent·e.`)).toBeVisible();
  }
  await expectAccessible(page);

  // A second phone (the ambassador's) corrects the first person to absent; the coordinator's list,
  // which polls the check-in route, shows it without being reloaded.
  const firstName = (await presentButtons.nth(0).getAttribute("aria-label"))!.replace(/ : Présent·e$/, "");
  const absentOnCoordinator = page.getByRole("button", { name: `${firstName} : Absent·e`, exact: true });
  await expect(absentOnCoordinator).toHaveAttribute("aria-pressed", "false");
  const otherPhone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const otherPhoneCsp = watchCspViolations(otherPhone);
  const other = await otherPhone.newPage();
  await signIn(other, demo.ambassador);
  await other.goto(`${eventUrl}/attendance`);
  await other.getByRole("button", { name: `${firstName} : Absent·e`, exact: true }).click();
  await expect(other.getByText(`${firstName} : Absent·e.`)).toBeVisible();
  await otherPhone.close();
  expect(otherPhoneCsp, "Content-Security-Policy violations on the second phone").toEqual([]);
  await expect(absentOnCoordinator).toHaveAttribute("aria-pressed", "true", { timeout: 15_000 });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger la feuille d'émargement (PDF)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^emargement-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await file.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("the agenda has a month view and partners see meetings without the coordinator's tabs", async ({ page }) => {
  await signIn(page, demo.partner);
  await page.getByRole("navigation", { name: "Navigation du réseau" }).getByRole("link", { name: "Réunions" }).click();
  await expect(page.getByRole("link", { name: "Nouvelle réunion" })).toHaveCount(0);
  await page.getByRole("link", { name: "Mois" }).click();
  await expect(page.getByRole("table", { name: /^Réunions de / })).toBeVisible();
  await expectAccessible(page);
});
