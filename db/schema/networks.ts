import { doublePrecision, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { directoryVisibilities, networkKinds, roles } from "@/lib/domain/enums";

export const networkRole = pgEnum("network_role", roles);
export const directoryVisibility = pgEnum("directory_visibility", directoryVisibilities);
export const networkKind = pgEnum("network_kind", networkKinds);

export const networks = pgTable("networks", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  territoryLabel: text().notNull().default(""),
  /** Main colour of the network's branding, #rrggbb. */
  brandColor: text().notNull().default("#1d5e4e"),
  logoUrl: text(),
  directoryVisibility: directoryVisibility().notNull().default("full"),
  /** Decides which figures the overview shows (see `networkKinds`). */
  kind: networkKind().notNull().default("plp"),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const communes = pgTable(
  "communes",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    name: text().notNull(),
    inseeCode: text().notNull(),
    /** The commune's centre (WGS 84): where the public map puts an action with no better position. */
    latitude: doublePrecision(),
    longitude: doublePrecision(),
  },
  (t) => [
    unique("communes_network_insee_key").on(t.networkId, t.inseeCode),
    // Target of the composite foreign keys that keep a child in its parent's network.
    unique("communes_network_id_key").on(t.networkId, t.id),
  ],
);
