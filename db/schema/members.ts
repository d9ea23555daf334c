import { foreignKey, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organisations } from "./directory";
import { setNullOnly } from "./foreign-keys";
import { networkRole, networks } from "./networks";

// Who belongs to a network and in which role, and the invitations that make them members.

export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    role: networkRole().notNull(),
    /** The organisation a partner (or ambassador) acts for. */
    organisationId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("memberships_user_network_key").on(t.userId, t.networkId),
    index().on(t.networkId),
    // A member can only act for an organisation of the same network.
    foreignKey({
      name: "memberships_organisation_id_network_fk",
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete(setNullOnly("organisation_id")),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: networkRole().notNull(),
    organisationId: uuid(),
    /** SHA-256 of the token sent by email; the token itself is never stored. */
    tokenHash: text().notNull().unique(),
    invitedById: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId),
    foreignKey({
      name: "invitations_organisation_id_network_fk",
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete(setNullOnly("organisation_id")),
  ],
);
