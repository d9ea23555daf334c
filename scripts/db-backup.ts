// npm run db:backup -- <file> – back up the database: pg_dump for DATABASE_URL, else the PGlite
// data directory (PGLITE_DIR; stop the app first: PGlite allows one process per directory).
import { createPglite } from "@/db/client";
import { backupPglite, backupPostgres } from "@/server/backup/backup";

const file = process.argv[2] ?? `relais-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.backup`;
const url = process.env.DATABASE_URL || undefined;
if (url) {
  backupPostgres(url, file);
} else {
  const pg = createPglite(process.env.PGLITE_DIR ?? ".data/pglite");
  try {
    await backupPglite(pg, file);
  } finally {
    await pg.close();
  }
}
console.log(`Sauvegarde écrite / backup written: ${file}`);
