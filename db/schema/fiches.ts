import { check, date, foreignKey, index, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { ficheKinds } from "@/lib/domain/enums";
import { users } from "./auth";
import { setNullOnly } from "./foreign-keys";
import { networks } from "./networks";
import { serdEditions } from "./serd";
import { trainingCycles } from "./training";

// OPTIGEDE experience fiches: one action of a network over a period, the coordinator's texts and
// the figures computed from the records when the fiche was last (re)computed.

export const ficheKind = pgEnum("fiche_kind", ficheKinds);

export const experienceFiches = pgTable(
  "experience_fiches",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    kind: ficheKind().notNull(),
    title: text().notNull(),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    /** Optional focus: one SERD edition, one training cycle. */
    editionId: uuid(),
    cycleId: uuid(),
    /** Header: the structure (default: the network's name) and the contact person. */
    structure: text().notNull().default(""),
    contactName: text().notNull().default(""),
    contactEmail: text(),
    /** The coordinator's texts, keyed by the fields of features/reports/fiche/constants.ts. */
    texts: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** The computed figures as saved, and when they were computed. */
    figures: jsonb().$type<unknown>().notNull(),
    figuresComputedAt: timestamp({ withTimezone: true }).notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId, t.updatedAt),
    unique("experience_fiches_network_id_key").on(t.networkId, t.id),
    foreignKey({
      name: "experience_fiches_edition_id_network_fk",
      columns: [t.networkId, t.editionId],
      foreignColumns: [serdEditions.networkId, serdEditions.id],
    }).onDelete(setNullOnly("edition_id")),
    foreignKey({
      name: "experience_fiches_cycle_id_network_fk",
      columns: [t.networkId, t.cycleId],
      foreignColumns: [trainingCycles.networkId, trainingCycles.id],
    }).onDelete(setNullOnly("cycle_id")),
    check("experience_fiches_period", sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);
