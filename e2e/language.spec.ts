import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

test("switching to English changes the interface and is remembered", async ({ page }) => {
  await signIn(page, demo.coordinator);
  await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.goto("/accessibilite");
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Déclaration d'accessibilité" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("the legal pages are reachable from every page and accessible", async ({ page }) => {
  await page.goto("/signin");
  for (const [link, heading] of [
    ["Accessibilité : partiellement conforme", "Déclaration d'accessibilité"],
    ["Données personnelles", "Données personnelles"],
    ["Mentions légales", "Mentions légales"],
  ]) {
    await page.getByRole("contentinfo").getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
});
