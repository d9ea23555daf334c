import { z } from "zod";

/** The shortest audit retention: the purge trigger of drizzle/0018_audit_retention.sql refuses less. */
export const auditRetentionFloorDays = 180;

// The one place that reads process.env. Parsed lazily so that `next build` needs no secrets.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    NEXTAUTH_SECRET: z.string().min(16).optional(),
    APP_URL: z.string().url().default("http://localhost:3000"),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().min(3).default("Relais <no-reply@relais.localhost>"),
    SEED_DEMO: z.enum(["auto", "true", "false"]).default("auto"),
    TRUST_PROXY: z.enum(["true", "false"]).default("false"),
    /** Map tiles of the public SERD agenda, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; unset: no tiles. */
    MAP_TILE_URL: z.string().url().optional(),
    /**
     * Days the audit trail keeps an entry (docs/decisions/0037-audit-retention.md): 365 by default;
     * at least 180, the floor the database's own trigger enforces, at most 10 years.
     */
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(auditRetentionFloorDays).max(3650).default(365),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message:
          "NEXTAUTH_SECRET is required in production (32 random bytes, e.g. `openssl rand -base64 32`).",
      });
    }
  });

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string };

const DEV_SECRET = "relais-development-secret-not-for-production";
let cached: Env | undefined;

export class EnvError extends Error {}

/** Validates a set of variables; throws an EnvError naming each wrong or missing one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const blankToUndefined = (v: string | undefined) => (v ? v : undefined);
  const parsed = schema.safeParse({
    ...source,
    // Empty strings in .env files mean "unset".
    DATABASE_URL: blankToUndefined(source.DATABASE_URL),
    SMTP_URL: blankToUndefined(source.SMTP_URL),
    MAP_TILE_URL: blankToUndefined(source.MAP_TILE_URL),
    NEXTAUTH_SECRET: blankToUndefined(source.NEXTAUTH_SECRET),
    AUDIT_RETENTION_DAYS: blankToUndefined(source.AUDIT_RETENTION_DAYS),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, NEXTAUTH_SECRET: parsed.data.NEXTAUTH_SECRET ?? DEV_SECRET };
}

export function env(): Env {
  if (!cached) {
    cached = parseEnv(process.env);
    // next-auth reads its own variable; APP_URL is the one documented setting.
    process.env.NEXTAUTH_URL ??= cached.APP_URL;
  }
  return cached;
}

/** The raw value of a variable that tooling reads (tests, scripts) and the PDF printer (CHROMIUM_PATH); documented in README. */
export function rawEnv(name: "TEST_DATABASE_URL" | "CHROMIUM_PATH" | "PORT"): string | undefined {
  return process.env[name] || undefined;
}
