import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxMessages } from "@/db/schema";
import { createMailer } from "@/server/mail/mailer";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories";
import { addItem } from "./items";
import { checkOut, decideReservation, requestReservation, type Actor } from "./reservations";
import { sendLoanReminders } from "./reminders";

const mailer = createMailer({ from: "Relais <test@relais.test>" });

describe("loan reminders", () => {
  it("the day before, on the due day, then weekly; once each even with two runners; none after return", async () => {
    const n = await createNetworkWithRoles(db);
    const borrowerOrg = await createOrganisation(db, { networkId: n.network.id, name: "Commune de Thiers" });
    const owner: Actor = { networkId: n.network.id, userId: n.ambassador.id, organisationId: n.organisation.id, isCoordinator: false };
    const coordinator: Actor = { networkId: n.network.id, userId: n.coordinator.id, organisationId: null, isCoordinator: true };
    const { id: itemId } = await addItem(db, owner, {
      name: "Kit compostage",
      description: null,
      components: [],
      ownerOrganisationId: null,
      location: null,
      condition: "good",
      maxLoanDays: 14,
      lendable: true,
      instructionsResourceId: null,
    });
    const r = await requestReservation(
      db,
      coordinator,
      { itemId, startsOn: "2026-12-01", endsOn: "2026-12-05", borrowerOrganisationId: borrowerOrg.id, eventId: null, serdActionId: null },
      "2026-11-30",
    );
    await decideReservation(db, owner, { id: r.id, decision: "confirm", note: null });
    await checkOut(db, owner, { reservationId: r.id, checkedOutOn: "2026-12-01", condition: "good", remark: null });
    const mails = () => db.select().from(outboxMessages).where(eq(outboxMessages.to, n.coordinator.email));

    const run = (today: string) => Promise.all([sendLoanReminders(db, mailer, { today }), sendLoanReminders(db, mailer, { today })]);
    expect((await run("2026-12-03")).map((x) => x.sent)).toEqual([0, 0]);
    expect((await run("2026-12-04")).reduce((a, x) => a + x.sent, 0)).toBe(1); // the day before
    expect((await run("2026-12-05")).reduce((a, x) => a + x.sent, 0)).toBe(1); // the due day
    expect((await run("2026-12-06")).reduce((a, x) => a + x.sent, 0)).toBe(0);
    expect((await run("2026-12-12")).reduce((a, x) => a + x.sent, 0)).toBe(1); // a week later
    expect((await run("2026-12-13")).reduce((a, x) => a + x.sent, 0)).toBe(0);
    const sent = await mails();
    expect(sent).toHaveLength(3);
    expect(sent.map((m) => m.subject)).toEqual([
      "Rappel : retour du kit « Kit compostage » le 5 déc. 2026",
      "Rappel : retour du kit « Kit compostage » le 5 déc. 2026",
      "Kit « Kit compostage » en retard depuis le 5 déc. 2026",
    ]);
  });
});
