import { check, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./auth";
import { networks } from "./networks";

// Reports: the coordinator's own text of a network's yearly review (bilan annuel), one row per year.
// The figures of the review are never stored: they are computed from the records on each read.

export const reviewSections = pgTable(
  "review_sections",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    introduction: text().notNull().default(""),
    highlights: text().notNull().default(""),
    outlook: text().notNull().default(""),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("review_sections_network_year_key").on(t.networkId, t.year),
    check("review_sections_year_check", sql`${t.year} between 1990 and 2100`),
  ],
);
