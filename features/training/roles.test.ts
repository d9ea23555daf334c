import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { trainingCycles } from "@/db/schema";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import { createCycleAction } from "./actions";

const input = {
  title: "Formation des acteurs relais",
  startsOn: "2030-01-10",
  endsOn: "2030-12-10",
  completionRule: "every_module",
};

describe("who may run a training cycle", () => {
  it("a coordinator creates a cycle; partners, ambassadors and elected officials may not", async () => {
    const a = await createNetworkWithRoles(db, { slug: "training-roles" });
    const run = (userId: string, body: unknown = input) =>
      runAction(createCycleAction, { db, userId, networkSlug: a.network.slug, input: body });
    for (const role of ["partner", "ambassador", "elected"] as const) {
      const result = await run(a[role].id);
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    const made = await run(a.coordinator.id);
    expect(made.ok).toBe(true);
    const [row] = await db.select({ n: count() }).from(trainingCycles).where(eq(trainingCycles.networkId, a.network.id));
    expect(row!.n).toBe(1);
  });

  it("bad input comes back as field errors in French, nothing written", async () => {
    const a = await createNetworkWithRoles(db, { slug: "training-bad" });
    const result = await runAction(createCycleAction, {
      db,
      userId: a.coordinator.id,
      networkSlug: a.network.slug,
      input: { ...input, title: "Cycle\u0007", endsOn: "2029-01-01" },
    });
    expect(result.ok).toBe(false);
    const errors = (result as { fieldErrors?: Record<string, string> }).fieldErrors ?? {};
    expect(errors.title).toBeTruthy();
    expect(String([errors.title].flat()[0])).not.toMatch(/^validation\./);
    const [row] = await db.select({ n: count() }).from(trainingCycles).where(eq(trainingCycles.networkId, a.network.id));
    expect(row!.n).toBe(0);
  });
});
