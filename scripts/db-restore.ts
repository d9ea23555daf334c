// npm run db:restore -- <file> – restore a backup of db:backup into an EMPTY database: the
// (new) database of DATABASE_URL with pg_restore, else a new or empty PGLITE_DIR directory.
import { restorePglite, restorePostgres } from "@/server/backup/backup";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
const url = process.env.DATABASE_URL || undefined;
if (url) restorePostgres(url, file);
else await restorePglite(file, process.env.PGLITE_DIR ?? ".data/pglite");
console.log(`Sauvegarde restaurée / backup restored: ${file}`);
