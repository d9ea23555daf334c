import type { Page } from "@playwright/test";
// Runs after serd.spec.ts (one worker, files in order), which opens 2027; alone, it opens 2027 itself.
import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

// The year turns over: the coordinator opens 2027 after the 2026 week (demo data: 2026 ended on
// 29 November, three 2026 actions still submitted). The 2026 queue, results and figures stay
// reachable, and the overview never compares an open edition with a finished one.

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/signin/);
}

test("opening 2027 keeps the 2026 queue, results and figures; the overview compares like with like", async ({
  page,
}) => {
  await signIn(page, demo.coordinator);
  await page.goto("/n/plp-demo/serd/editions");
  if ((await page.getByRole("link", { name: "Modifier l'édition 2027" }).count()) === 0) {
    await page.goto("/n/plp-demo/serd/editions/new");
    await page.getByLabel("Année").fill("2027");
    await page.getByLabel("Premier jour (samedi)").fill("2027-11-20");
    await page.getByLabel("Dernier jour (dimanche)").fill("2027-11-28");
    await page.getByLabel("Ouverture des inscriptions").fill("2026-09-01");
    await page.getByLabel("Clôture nationale des inscriptions").fill("2027-11-12");
    await page.getByRole("button", { name: "Enregistrer l'édition" }).click();
    await expect(page).toHaveURL(/\/serd\/editions$/);
  }

  // The overview: a to-do, and 2026's figures, never "2027 compared with 2026".
  await page.goto("/n/plp-demo");
  await expect(page.getByRole("heading", { name: "À faire" })).toBeVisible();
  await expect(page.getByRole("link", { name: /actions? SERD à examiner/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Chiffres de la SERD 2026" })).toBeVisible();
  await expect(page.getByText(/Évolution par rapport à 2026/)).toHaveCount(0);
  await expectAccessible(page);

  // The SERD home stays on 2026 while its results are collected; 2027 is one choice away.
  await page.goto("/n/plp-demo/serd");
  await expect(page.getByRole("heading", { name: "Édition 2026" })).toBeVisible();
  await expect(page.getByText(/résultats attendus jusqu'au/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Inscrire une action pour 2027" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Édition", { exact: true }).selectOption({ label: "2027" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByRole("heading", { name: "Édition 2027" })).toBeVisible();

  // The queue keeps every submitted action, whatever the edition.
  await page.goto("/n/plp-demo/serd/review");
  const queue = page.getByRole("table", { name: "Examen des actions" });
  await expect(queue.getByRole("row")).toHaveCount(4);
  await expect(queue.getByRole("cell", { name: "2026", exact: true })).toHaveCount(3);
  await expectAccessible(page);

  // The figures open on 2026; 2027 is not compared until its week is over.
  await page.goto("/n/plp-demo/serd/figures");
  await expect(page.getByRole("heading", { name: "Chiffres de la SERD 2026" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Édition", { exact: true }).selectOption({ label: "2027" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(
    page.getByText("Édition à venir : elle sera comparée à 2026 une fois la semaine terminée."),
  ).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The partner still finds their 2026 actions and what is expected of them.
  await signIn(page, demo.partner);
  await page.goto("/n/plp-demo");
  await expect(page.getByRole("heading", { name: "Ce qui est attendu de vous" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/n/plp-demo/serd");
  await expect(page.getByRole("heading", { name: "Édition 2026" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Les actions de ma structure" })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The members' page says when each member last signed in.
  await signIn(page, demo.coordinator);
  await page.goto("/n/plp-demo/members");
  const partnerRow = page.getByRole("row").filter({ hasText: demo.partner });
  await expect(partnerRow).not.toContainText("Jamais");
  await expect(partnerRow.getByRole("button", { name: "Retirer", exact: true })).toBeVisible();
  await expectAccessible(page);
});
