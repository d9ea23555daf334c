import { rawEnv } from "@/server/env";
import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  communes,
  contributions,
  outboxMessages,
  serdActionHistory,
  serdActions,
  serdEditions,
  serdOccurrences,
} from "@/db/schema";
import { testDb as db } from "@/test/db";
import { runAction } from "@/test/actions";
import { createNetworkWithRoles } from "@/test/factories/index";
import { createMailer } from "@/server/mail/mailer";
import { serdActorOf } from "./access";
import {
  addContributionAction,
  commentSerdAction,
  createSerdAction,
  recordResultsAction,
  reviewSerdAction,
  updateSerdAction,
} from "./actions";
import { loadNetworkContext } from "@/server/access/context";
import { addContribution, recordResults } from "./results";
import { reviewAction } from "./review";


const a = await createNetworkWithRoles(db);
const b = await createNetworkWithRoles(db);
const [commune] = await db
  .insert(communes)
  .values({ networkId: a.network.id, name: "Mulhouse", inseeCode: "68224" })
  .returning();
const [edition] = await db
  .insert(serdEditions)
  .values({
    networkId: a.network.id,
    year: 2099,
    startsOn: "2099-11-21",
    endsOn: "2099-11-29",
    registrationOpensOn: "2020-01-01",
    registrationClosesOn: "2099-11-14",
  })
  .returning();
const during = new Date("2099-11-30T10:00:00Z");

const run = (user: { id: string }, action: unknown, input: unknown, slug = a.network.slug) =>
  runAction(action as never, { db, userId: user.id, networkSlug: slug, input });

async function submitted(over: Record<string, unknown> = {}) {
  const r = await run(a.partner, createSerdAction, {
    editionId: edition!.id,
    title: "Troc de vêtements",
    description: "Échanger",
    themes: ["reuse_repair"],
    format: "stand",
    targetPublics: ["families"],
    freeEntry: true,
    nonProfit: true,
    intent: "submit",
    occurrences: [
      {
        date: "2099-11-22",
        startTime: "10:00",
        endTime: "12:00",
        place: "Salle",
        communeId: commune!.id,
        expectedParticipants: 40,
      },
    ],
    ...over,
  });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return (r.data as { id: string }).id;
}
const actionRow = async (id: string) =>
  (await db.select().from(serdActions).where(eq(serdActions.id, id)))[0]!;
const lastMail = async () =>
  (await db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(1))[0];

describe("review workflow", () => {
  it("request changes (comment required) → author answers and resubmits → labelled; each step kept and mailed", async () => {
    const id = await submitted();
    const noComment = await run(a.coordinator, reviewSerdAction, {
      id,
      version: 1,
      decision: "request_changes",
    });
    expect(noComment.ok || noComment.fieldErrors).toEqual({
      comment: ["Dites à l'auteur·rice ce qu'il faut modifier."],
    });
    const asked = await run(a.coordinator, reviewSerdAction, {
      id,
      version: 1,
      decision: "request_changes",
      comment: "Précisez l'horaire.",
    });
    expect(asked.ok && asked.data).toMatchObject({ status: "changes_requested", version: 2 });
    expect(await lastMail()).toMatchObject({ to: a.partner.email });
    expect((await lastMail())!.text).toContain("Précisez l'horaire.");
    const answered = await run(a.partner, commentSerdAction, {
      id,
      version: 2,
      comment: "C'est corrigé : 10 h - 12 h.",
    });
    expect(answered.ok).toBe(true);
    const resubmitted = await run(a.partner, updateSerdAction, {
      id,
      version: 3,
      title: "Troc de vêtements",
      description: "Échanger",
      themes: ["reuse_repair"],
      format: "stand",
      targetPublics: ["families"],
      freeEntry: true,
      nonProfit: true,
      intent: "submit",
      occurrences: [
        {
          date: "2099-11-22",
          startTime: "10:00",
          endTime: "12:00",
          place: "Salle B",
          communeId: commune!.id,
          expectedParticipants: 40,
        },
      ],
    });
    expect(resubmitted.ok && resubmitted.data).toMatchObject({ status: "submitted", version: 4 });
    const labelled = await run(a.coordinator, reviewSerdAction, { id, version: 4, decision: "label" });
    expect(labelled.ok && labelled.data).toMatchObject({ status: "labelled" });
    expect((await lastMail())!.text).toContain("labellisée");
    const history = await db
      .select()
      .from(serdActionHistory)
      .where(eq(serdActionHistory.actionId, id))
      .orderBy(serdActionHistory.at);
    expect(history.map((h) => h.kind)).toEqual([
      "created",
      "submitted",
      "changes_requested",
      "comment",
      "submitted",
      "labelled",
    ]);
    // Labelled: closed to edits.
    const edit = await run(a.partner, updateSerdAction, { id, version: 5, title: "Autre" });
    expect(edit.ok || edit.error).toMatch(/labellisée ou refusée/);
  });

  it("reject requires a reason, and is mailed", async () => {
    const id = await submitted();
    const none = await run(a.coordinator, reviewSerdAction, {
      id,
      version: 1,
      decision: "reject",
      comment: " ",
    });
    expect(none.ok || Object.keys(none.fieldErrors!)).toEqual(["comment"]);
    const r = await run(a.coordinator, reviewSerdAction, {
      id,
      version: 1,
      decision: "reject",
      comment: "Action payante.",
    });
    expect(r.ok).toBe(true);
    expect(await actionRow(id)).toMatchObject({ status: "rejected", version: 2 });
    expect((await lastMail())!.text).toContain("Action payante.");
    const again = await run(a.coordinator, reviewSerdAction, { id, version: 2, decision: "label" });
    expect(again.ok || again.code).toBe("conflict");
  });

  it("refuses to label an action that breaks a rule, naming the rule", async () => {
    const id = await submitted();
    // Changed behind the form's back (e.g. the edition's dates were moved): every rule broken.
    await db
      .update(serdActions)
      .set({ themes: [], freeEntry: false, nonProfit: false })
      .where(eq(serdActions.id, id));
    await db.update(serdOccurrences).set({ date: "2099-12-05" }).where(eq(serdOccurrences.actionId, id));
    const r = await run(a.coordinator, reviewSerdAction, { id, version: 1, decision: "label" });
    expect(r.ok).toBe(false);
    expect(r.ok || r.fieldErrors).toEqual({
      themes: ["Règle SERD : au moins une thématique."],
      freeEntry: ["Règle SERD : l'action doit être gratuite."],
      nonProfit: ["Règle SERD : l'action doit être sans but lucratif."],
      occurrences: ["Règle SERD : au moins une date pendant la semaine de l'édition."],
    });
    expect(await actionRow(id)).toMatchObject({ status: "submitted", version: 1 });
  });

  it("two reviewers at once: the second is told the action changed, nothing is overwritten", async () => {
    const id = await submitted();
    const first = await run(a.coordinator, reviewSerdAction, { id, version: 1, decision: "label" });
    const second = await run(a.coordinator, reviewSerdAction, {
      id,
      version: 1,
      decision: "reject",
      comment: "Non.",
    });
    expect(first.ok).toBe(true);
    expect(second.ok || second.error).toBe(
      "Cette action a été modifiée entre-temps par quelqu'un d'autre : rechargez la page.",
    );
    expect(await actionRow(id)).toMatchObject({ status: "labelled", version: 2 });
  });

  // Real concurrency needs separate connections: PGlite runs one statement at a time.
  it.skipIf(!rawEnv("TEST_DATABASE_URL"))(
    "two reviewers in parallel transactions: exactly one wins",
    async () => {
      const id = await submitted();
      const ctx = (await loadNetworkContext(db, { userId: a.coordinator.id, networkSlug: a.network.slug }))!;
      const mailer = createMailer({ from: "test@relais.test" });
      const notify = { mailer, appUrl: "http://localhost", networkSlug: a.network.slug };
      const results = await Promise.allSettled([
        reviewAction(db, serdActorOf(ctx), { id, version: 1, decision: "label", comment: null }, notify),
        reviewAction(db, serdActorOf(ctx), { id, version: 1, decision: "reject", comment: "Non." }, notify),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect((await actionRow(id)).version).toBe(2);
    },
  );

  it("partners and elected officials cannot review; another network gets not found", async () => {
    const id = await submitted();
    expect((await run(a.partner, reviewSerdAction, { id, version: 1, decision: "label" })).ok || "no").toBe(
      "no",
    );
    expect((await run(a.elected, reviewSerdAction, { id, version: 1, decision: "label" })).ok || "no").toBe(
      "no",
    );
    const cross = await run(
      b.coordinator,
      reviewSerdAction,
      { id, version: 1, decision: "label" },
      b.network.slug,
    );
    expect(cross.ok || cross.code).toBe("not_found");
    const crossComment = await run(
      b.coordinator,
      commentSerdAction,
      { id, version: 1, comment: "x" },
      b.network.slug,
    );
    expect(crossComment.ok || crossComment.code).toBe("not_found");
    expect(await actionRow(id)).toMatchObject({ status: "submitted", version: 1 });
  });
});

describe("after the week", () => {
  it("records actual participants, an account and contributions; refuses absurd counts", async () => {
    const id = await submitted();
    await run(a.coordinator, reviewSerdAction, { id, version: 1, decision: "label" });
    const [occ] = await db.select().from(serdOccurrences).where(eq(serdOccurrences.actionId, id));
    const ctx = (await loadNetworkContext(db, { userId: a.partner.id, networkSlug: a.network.slug }))!;
    const actor = serdActorOf(ctx);
    // Before the week: not yet.
    await expect(
      recordResults(
        db,
        actor,
        { id, version: 2, resultAccount: "x", occurrences: [] },
        new Date("2099-11-01T10:00:00Z"),
      ),
    ).rejects.toMatchObject({ messageKey: "serd.errors.resultsNotOpen" });
    for (const bad of [-1, 100_001, "abc"]) {
      const r = await run(a.partner, recordResultsAction, {
        id,
        version: 2,
        occurrences: [{ id: occ!.id, actualParticipants: bad }],
      });
      expect(r.ok || Object.keys(r.fieldErrors!)).toEqual(["occurrences.0.actualParticipants"]);
    }
    await recordResults(
      db,
      actor,
      {
        id,
        version: 2,
        resultAccount: "<b>Bien</b>",
        occurrences: [{ id: occ!.id, actualParticipants: 57 }],
      },
      during,
    );
    expect(
      (await db.select().from(serdOccurrences).where(eq(serdOccurrences.id, occ!.id)))[0]!.actualParticipants,
    ).toBe(57);
    expect(await actionRow(id)).toMatchObject({ resultAccount: "<b>Bien</b>", version: 3 });
    await addContribution(
      db,
      actor,
      { actionId: id, organisationId: null, kind: "staff", amountEur: 450, days: 1.5, description: null },
      during,
    );
    await expect(
      addContribution(
        db,
        actor,
        { actionId: id, organisationId: null, kind: "cash", amountEur: 10, days: 2, description: null },
        during,
      ),
    ).rejects.toMatchObject({ fieldKeys: { days: "serd.validation.daysOnlyStaff" } });
    const neg = await run(a.partner, addContributionAction, { actionId: id, kind: "cash", amountEur: -5 });
    expect(neg.ok || Object.keys(neg.fieldErrors!)).toEqual(["amountEur"]);
    const rows = await db.select().from(contributions).where(eq(contributions.actionId, id));
    expect(rows.map((r) => [r.organisationId, r.kind, Number(r.amountEur), Number(r.days)])).toEqual([
      [a.organisation.id, "staff", 450, 1.5],
    ]);
    // Another network's coordinator: not found.
    const cross = await run(
      b.coordinator,
      addContributionAction,
      { actionId: id, kind: "cash", amountEur: 5 },
      b.network.slug,
    );
    expect(cross.ok || cross.code).toBe("not_found");
    expect(
      (await run(a.elected, addContributionAction, { actionId: id, kind: "cash", amountEur: 5 })).ok || "no",
    ).toBe("no");
  });
});
