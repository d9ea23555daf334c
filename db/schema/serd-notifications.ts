import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { memberships } from "./members";
import { networks } from "./networks";
import { serdActions } from "./serd";

// The reviewers' notifications of SERD submissions (features/serd/notifications.ts): one row per
// reviewer and submission, read in the app; mailed at once or in a daily digest, per reviewer.

export const serdNotificationKinds = ["submitted", "resubmitted"] as const;
export const serdNotificationMailModes = ["immediate", "daily", "off"] as const;

export const serdNotifications = pgTable(
  "serd_notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    /** The reviewer told; a member of the network (the membership's end removes the row). */
    userId: uuid().notNull(),
    actionId: uuid().notNull(),
    kind: text({ enum: serdNotificationKinds }).notNull(),
    byUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    /** When the mail (immediate or digest) was queued; null while a digest is still to come. */
    mailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.networkId, t.userId, t.createdAt),
    foreignKey({
      name: "serd_notifications_action_id_network_fk",
      columns: [t.networkId, t.actionId],
      foreignColumns: [serdActions.networkId, serdActions.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "serd_notifications_user_network_membership_fk",
      columns: [t.userId, t.networkId],
      foreignColumns: [memberships.userId, memberships.networkId],
    }).onDelete("cascade"),
  ],
);

/** A reviewer's choice of mail for SERD submissions (no row: one mail per submission). */
export const serdNotificationSettings = pgTable(
  "serd_notification_settings",
  {
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    userId: uuid().notNull(),
    mail: text({ enum: serdNotificationMailModes }).notNull().default("immediate"),
    /** The last daily digest queued: at most one per Paris day. */
    lastDigestAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.userId] }),
    foreignKey({
      name: "serd_notification_settings_user_network_membership_fk",
      columns: [t.userId, t.networkId],
      foreignColumns: [memberships.userId, memberships.networkId],
    }).onDelete("cascade"),
  ],
);
