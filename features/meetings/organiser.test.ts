import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { events } from "@/db/schema";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import { insertEvent } from "@/test/factories/meetings";
import { inviteAction } from "./rsvp/actions";
import { cancelEventAction, markHeldAction } from "./actions";

// An ambassador edits, cancels and invites only on the meetings they organise.

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "organiser-a" });
});
const as = (user: { id: string }) => ({ db, userId: user.id, networkSlug: "organiser-a" });

describe("the ambassador's limits", () => {
  it("cancels and invites on their own meeting, not on the coordinator's; the coordinator on both", async () => {
    const own = await insertEvent(db, { networkId: net.network.id, createdById: net.ambassador.id });
    const theirs = await insertEvent(db, { networkId: net.network.id, createdById: net.coordinator.id });
    const refused = await runAction(cancelEventAction, { ...as(net.ambassador), input: { id: theirs.id } });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    const invite = await runAction(inviteAction, {
      ...as(net.ambassador),
      input: { eventId: theirs.id, organisationId: net.organisation.id },
    });
    expect(invite).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await runAction(cancelEventAction, { ...as(net.ambassador), input: { id: own.id } }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await runAction(cancelEventAction, { ...as(net.coordinator), input: { id: theirs.id } }),
    ).toMatchObject({
      ok: true,
    });
    const rows = await db
      .select({ id: events.id, status: events.status })
      .from(events)
      .where(eq(events.networkId, net.network.id));
    expect(rows.every((r) => r.status === "cancelled")).toBe(true);
  });

  it("marks an ended meeting held, after which it cannot be cancelled", async () => {
    const past = await insertEvent(db, {
      networkId: net.network.id,
      createdById: net.ambassador.id,
      startsAt: new Date(Date.now() - 3 * 3_600_000),
    });
    expect(await runAction(markHeldAction, { ...as(net.ambassador), input: { id: past.id } })).toMatchObject({
      ok: true,
    });
    const cancel = await runAction(cancelEventAction, { ...as(net.coordinator), input: { id: past.id } });
    expect(cancel).toMatchObject({ ok: false, code: "not_found" });
  });
});
