import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./custom-types";
import { networks } from "./networks";

// Files kept in PostgreSQL (server/storage): one backup holds everything, every app instance
// finds them. A file is a row and its content a sequence of chunks, so that writing and reading
// stream one chunk at a time instead of holding the whole file in memory.

export const storedFiles = pgTable(
  "stored_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    contentType: text().notNull(),
    size: integer().notNull(),
    /** Hex SHA-256 of the whole content, checked by tests and usable for deduplication later. */
    sha256: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("stored_files_network_id_key").on(t.networkId, t.id)],
);

export const storedFileChunks = pgTable(
  "stored_file_chunks",
  {
    networkId: uuid().notNull(),
    fileId: uuid().notNull(),
    seq: integer().notNull(),
    data: bytea().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fileId, t.seq] }),
    index().on(t.networkId),
    foreignKey({
      name: "stored_file_chunks_file_id_network_fk",
      columns: [t.networkId, t.fileId],
      foreignColumns: [storedFiles.networkId, storedFiles.id],
    }).onDelete("cascade"),
  ],
);
