import { expect, test } from "./fixtures";

test("the health endpoint reports the database and the applied migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database).toBe(process.env.E2E_DATABASE_URL ? "postgresql" : "pglite");
  expect(body.migrations).toBeGreaterThanOrEqual(1);
});
