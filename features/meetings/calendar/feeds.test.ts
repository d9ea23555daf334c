import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, insertContact } from "@/test/factories/index";
import { insertEvent, insertParticipation } from "@/test/factories/meetings";
import { env } from "@/server/env";
import {
  regenerateNetworkFeedAction,
  regeneratePersonalFeedAction,
  revokeNetworkFeedAction,
  revokePersonalFeedAction,
} from "./actions";
import { feedCalendar, listFeeds } from "./feeds";

const appUrl = env().APP_URL;
const secret = env().NEXTAUTH_SECRET;

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let other: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "plp-feeds", name: "PLP agenda" });
  other = await createNetworkWithRoles(db, { slug: "autre-feeds" });
});

const act = (action: typeof regenerateNetworkFeedAction, userId: string, slug = net.network.slug) =>
  runAction(action, { db, userId, networkSlug: slug, input: {} });
const feeds = (userId: string, networkId = net.network.id, withNetworkFeed = userId !== net.partner.id) =>
  listFeeds(db, { networkId, userId, secret, appUrl, withNetworkFeed });
const tokenOf = (url: string) => /\/api\/calendar\/(.+)\.ics$/.exec(url)![1]!;

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}
/** Wall-clock time in Paris of an ical.js time. */
const paris = (d: Date) =>
  d.toLocaleString("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" });

describe("calendar feeds", () => {
  it("serves the network's agenda at a private URL, at the right Paris times across the October change", async () => {
    // 18:00 in Paris on both sides of the change to winter time (31 October 2027).
    await insertEvent(db, {
      networkId: net.network.id,
      title: "Réunion d'octobre",
      startsAt: new Date("2027-10-28T16:00:00Z"),
      endsAt: new Date("2027-10-28T18:00:00Z"),
    });
    await insertEvent(db, {
      networkId: net.network.id,
      title: "Réunion de novembre",
      startsAt: new Date("2027-11-04T17:00:00Z"),
      endsAt: new Date("2027-11-04T19:00:00Z"),
      onlineUrl: "https://visio.exemple.test/abc",
      place: null,
      address: null,
    });
    await insertEvent(db, { networkId: net.network.id, title: "Annulée", status: "cancelled" });
    await insertEvent(db, { networkId: other.network.id, title: "Autre réseau" });

    expect(await act(regenerateNetworkFeedAction, net.coordinator.id)).toEqual({ ok: true, data: null });
    const { network } = await feeds(net.coordinator.id);
    expect(network!.url).toMatch(new RegExp(`^${appUrl}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const ics = await feedCalendar(db, { token: tokenOf(network!.url!), appUrl });
    const byTitle = Object.fromEntries(parse(ics!).map((e) => [e.summary, e]));
    expect(Object.keys(byTitle).sort()).toEqual(["Annulée", "Réunion d'octobre", "Réunion de novembre"]);
    expect(paris(byTitle["Réunion d'octobre"]!.startDate.toJSDate())).toBe("28/10/2027 18:00");
    expect(paris(byTitle["Réunion de novembre"]!.startDate.toJSDate())).toBe("04/11/2027 18:00");
    expect(paris(byTitle["Réunion de novembre"]!.endDate.toJSDate())).toBe("04/11/2027 20:00");
    expect(byTitle["Réunion de novembre"]!.location).toBe("https://visio.exemple.test/abc");
    expect(byTitle["Annulée"]!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(ics).toContain(`${appUrl}/n/plp-feeds/meetings/`);
  });

  it("stops serving a regenerated or revoked URL; unknown tokens are not found", async () => {
    await act(regenerateNetworkFeedAction, net.ambassador.id);
    const first = (await feeds(net.coordinator.id)).network!.url!;
    await act(regenerateNetworkFeedAction, net.coordinator.id);
    const second = (await feeds(net.coordinator.id)).network!.url!;
    expect(second).not.toBe(first);
    expect(await feedCalendar(db, { token: tokenOf(first), appUrl })).toBeNull();
    expect(await feedCalendar(db, { token: tokenOf(second), appUrl })).not.toBeNull();
    expect(await act(revokeNetworkFeedAction, net.coordinator.id)).toMatchObject({ ok: true });
    expect(await feedCalendar(db, { token: tokenOf(second), appUrl })).toBeNull();
    expect((await feeds(net.coordinator.id)).network).toBeNull();
    expect(await feedCalendar(db, { token: "not-a-token", appUrl })).toBeNull();
    // A URL shown with another server secret is not shown at all.
    await act(regenerateNetworkFeedAction, net.coordinator.id);
    const rotated = await listFeeds(db, {
      networkId: net.network.id,
      userId: net.coordinator.id,
      secret: "another-secret-0123456789",
      appUrl,
      withNetworkFeed: true,
    });
    expect(rotated.network).toMatchObject({ url: null });
  });

  it("serves a member's own meetings (invited, registered), not the ones they declined", async () => {
    const me = await insertContact(db, { networkId: net.network.id, email: net.partner.email });
    const e1 = await insertEvent(db, { networkId: net.network.id, title: "Invité" });
    const e2 = await insertEvent(db, { networkId: net.network.id, title: "Inscrit" });
    const e3 = await insertEvent(db, { networkId: net.network.id, title: "Décliné" });
    await insertParticipation(db, { networkId: net.network.id, eventId: e1.id, contactId: me.id });
    await insertParticipation(db, {
      networkId: net.network.id,
      eventId: e2.id,
      contactId: me.id,
      status: "registered",
    });
    await insertParticipation(db, {
      networkId: net.network.id,
      eventId: e3.id,
      contactId: me.id,
      status: "declined",
    });
    expect(await act(regeneratePersonalFeedAction, net.partner.id)).toMatchObject({ ok: true });
    const { personal, network } = await feeds(net.partner.id);
    expect(network).toBeNull();
    const ics = await feedCalendar(db, { token: tokenOf(personal!.url!), appUrl });
    expect(
      parse(ics!)
        .map((e) => e.summary)
        .sort(),
    ).toEqual(["Inscrit", "Invité"]);
    expect(ics).toContain(`${me.firstName} ${me.lastName}`);
    expect(await act(revokePersonalFeedAction, net.partner.id)).toMatchObject({ ok: true });
    expect(await feedCalendar(db, { token: tokenOf(personal!.url!), appUrl })).toBeNull();
    // Someone without a directory person has no personal feed.
    expect(await act(regeneratePersonalFeedAction, net.elected.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  it("keeps the network feed to coordinators and ambassadors, and to members of the network", async () => {
    expect(await act(regenerateNetworkFeedAction, net.partner.id)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await act(regenerateNetworkFeedAction, net.elected.id)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await act(revokeNetworkFeedAction, net.partner.id)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await act(regenerateNetworkFeedAction, other.coordinator.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await act(revokeNetworkFeedAction, other.coordinator.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await act(revokePersonalFeedAction, other.partner.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    // Another network's feed list shows nothing of this one.
    expect((await feeds(other.coordinator.id, other.network.id)).network).toBeNull();
  });
});
