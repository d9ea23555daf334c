// npm run admin:create -- --email admin@collectivite.fr [--name "Prénom Nom"] [--password …]
// Creates (or promotes) a platform administrator. Without --password, a random one is printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";
import { emailField, passwordField } from "@/lib/validation/fields";
import { hashPassword } from "@/server/auth/password";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
});
const email = emailField.safeParse(values.email ?? "");
if (!email.success) {
  console.error(
    'Usage: npm run admin:create -- --email admin@collectivite.fr [--name "Prénom Nom"] [--password …]',
  );
  console.error("Adresse électronique manquante ou invalide / missing or invalid email.");
  process.exit(2);
}
const generated = !values.password;
const password = values.password ?? randomBytes(12).toString("base64url");
if (!passwordField.safeParse(password).success) {
  console.error(
    "Le mot de passe doit compter 10 à 200 caractères / the password needs 10 to 200 characters.",
  );
  process.exit(2);
}

const url = process.env.DATABASE_URL || undefined;
const handle = openDb({ url, pgliteDir: process.env.PGLITE_DIR ?? ".data/pglite" });
try {
  await migrateDatabase(handle, url);
  const passwordHash = await hashPassword(password);
  const [row] = await handle.db
    .insert(users)
    .values({ email: email.data, name: values.name ?? "Administration", passwordHash, isPlatformAdmin: true })
    .onConflictDoUpdate({ target: users.email, set: { isPlatformAdmin: true, passwordHash } })
    .returning({ id: users.id });
  console.log(
    `Administrateur·rice de la plateforme prêt·e / platform administrator ready: ${email.data} (${row!.id})`,
  );
  if (generated) console.log(`Mot de passe / password (shown once): ${password}`);
} finally {
  await handle.close();
}
