import "server-only";
import { createHmac, randomUUID } from "node:crypto";
import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";
import {
  calendarFeeds,
  memberships,
  communes,
  contacts,
  events,
  networks,
  participations,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { memberContactId } from "@/features/meetings/rsvp/answers";
import { ActionError } from "@/lib/action-result";
import { can } from "@/server/access/permissions";
import { hashToken } from "@/server/auth/tokens";
import { buildCalendar } from "@/server/calendar/ics";
import { calendarColumns } from "@/features/meetings/rsvp/event-details";
import { calendarEventOf } from "./event-ics";

// Private calendar subscriptions. The token in a feed's URL is derived from the feed's random id
// with the server secret (HMAC), and only its SHA-256 is stored: the page can show the URL again
// at any time, while a copy of the database alone reveals no working URL. See decision 0009.

export type FeedKind = "network" | "contact";

export function feedToken(secret: string, feedId: string): string {
  return createHmac("sha256", secret).update(`calendar-feed:${feedId}`).digest("base64url");
}

export function feedUrl(appUrl: string, token: string): string {
  return `${appUrl}/api/calendar/${token}.ics`;
}

/**
 * The member's active feeds (the network's only for those who manage it); a URL is null when the
 * server secret changed since the feed was made.
 */
export async function listFeeds(
  db: Db,
  args: { networkId: string; userId: string; secret: string; appUrl: string; withNetworkFeed: boolean },
) {
  const contactId = await memberContactId(db, args);
  const rows = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.networkId, args.networkId), isNull(calendarFeeds.revokedAt)));
  const view = (row: (typeof rows)[number] | undefined) => {
    if (!row) return null;
    const token = feedToken(args.secret, row.id);
    return {
      id: row.id,
      createdAt: row.createdAt,
      url: hashToken(token) === row.tokenHash ? feedUrl(args.appUrl, token) : null,
    };
  };
  return {
    contactId,
    network: args.withNetworkFeed ? view(rows.find((r) => r.kind === "network")) : null,
    personal: contactId ? view(rows.find((r) => r.kind === "contact" && r.contactId === contactId)) : null,
  };
}

async function scopeOf(db: Db, args: { networkId: string; userId: string; kind: FeedKind }) {
  if (args.kind === "network") return { contactId: null };
  const contactId = await memberContactId(db, args);
  if (!contactId) throw new ActionError("not_found", "rsvp.feeds.noContact");
  return { contactId };
}

function activeWhere(networkId: string, kind: FeedKind, contactId: string | null) {
  return and(
    eq(calendarFeeds.networkId, networkId),
    eq(calendarFeeds.kind, kind),
    contactId ? eq(calendarFeeds.contactId, contactId) : isNull(calendarFeeds.contactId),
    isNull(calendarFeeds.revokedAt),
  );
}

/** Creates the feed, or replaces it: the previous URL stops working at once. */
export async function regenerateFeed(
  db: Db,
  args: { networkId: string; userId: string; kind: FeedKind; secret: string; now?: Date },
): Promise<{ id: string; token: string }> {
  const { contactId } = await scopeOf(db, args);
  const id = randomUUID();
  const token = feedToken(args.secret, id);
  await db.transaction(async (tx) => {
    // Two clicks at once must not leave two live feeds: regenerations of a network take turns.
    await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, args.networkId)).for("update");
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: args.now ?? new Date() })
      .where(activeWhere(args.networkId, args.kind, contactId));
    await tx.insert(calendarFeeds).values({
      id,
      networkId: args.networkId,
      kind: args.kind,
      contactId,
      tokenHash: hashToken(token),
      createdById: args.userId,
    });
  });
  return { id, token };
}

export async function revokeFeed(
  db: Db,
  args: { networkId: string; userId: string; kind: FeedKind; now?: Date },
): Promise<void> {
  const { contactId } = await scopeOf(db, args);
  const rows = await db
    .update(calendarFeeds)
    .set({ revokedAt: args.now ?? new Date() })
    .where(activeWhere(args.networkId, args.kind, contactId))
    .returning({ id: calendarFeeds.id });
  if (rows.length === 0) throw new ActionError("not_found");
}

const feedStatuses = ["invited", "registered", "waitlisted", "present", "late"] as const;
const historyMs = 365 * 24 * 60 * 60 * 1000;

/** The iCalendar text of a feed, or null for an unknown or revoked token. */
export async function feedCalendar(
  db: Db,
  args: { token: string; appUrl: string; now?: Date },
): Promise<string | null> {
  if (args.token.length > 200) return null;
  const [feed] = await db
    .select({
      networkId: calendarFeeds.networkId,
      kind: calendarFeeds.kind,
      contactId: calendarFeeds.contactId,
      networkName: networks.name,
      networkSlug: networks.slug,
      creatorRole: memberships.role,
    })
    .from(calendarFeeds)
    .innerJoin(networks, eq(networks.id, calendarFeeds.networkId))
    // A feed lives only as long as its creator's membership: someone who left the network, or
    // lost the right to the network's agenda, no longer shares it through an old link.
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, calendarFeeds.createdById),
        eq(memberships.networkId, calendarFeeds.networkId),
      ),
    )
    .where(and(eq(calendarFeeds.tokenHash, hashToken(args.token)), isNull(calendarFeeds.revokedAt)));
  if (!feed) return null;
  if (feed.kind === "network" && !can(feed.creatorRole, "events.feeds")) return null;
  const since = new Date((args.now ?? new Date()).getTime() - historyMs);
  const columns = calendarColumns;
  const base = and(eq(events.networkId, feed.networkId), gte(events.startsAt, since));
  const rows =
    feed.kind === "network"
      ? await db
          .select(columns)
          .from(events)
          .leftJoin(communes, eq(communes.id, events.communeId))
          .where(base)
          .orderBy(asc(events.startsAt))
      : await db
          .select(columns)
          .from(events)
          .innerJoin(participations, eq(participations.eventId, events.id))
          .leftJoin(communes, eq(communes.id, events.communeId))
          .where(
            and(
              base,
              eq(participations.networkId, feed.networkId),
              eq(participations.contactId, feed.contactId!),
              inArray(participations.status, feedStatuses),
            ),
          )
          .orderBy(asc(events.startsAt));
  let name = feed.networkName;
  if (feed.kind === "contact") {
    const [c] = await db
      .select({ firstName: contacts.firstName, lastName: contacts.lastName })
      .from(contacts)
      .where(eq(contacts.id, feed.contactId!));
    if (c) name = `${feed.networkName} – ${c.firstName} ${c.lastName}`;
  }
  return buildCalendar({
    name,
    refreshMinutes: 60,
    events: rows.map((e) => calendarEventOf(e, `${args.appUrl}/n/${feed.networkSlug}/meetings/${e.id}`)),
  });
}
