import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("stops a production start without NEXTAUTH_SECRET, naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET is required in production/);
  });

  it("names every malformed variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "pas une url", SEED_DEMO: "peut-être" })).toThrow(
      /DATABASE_URL[\s\S]*SEED_DEMO|SEED_DEMO[\s\S]*DATABASE_URL/,
    );
  });

  it("runs in development with defaults (embedded database, outbox, dev secret)", () => {
    const env = parseEnv({ NODE_ENV: "development", DATABASE_URL: "", SMTP_URL: "" });
    expect(env).toMatchObject({
      PGLITE_DIR: ".data/pglite",
      DATABASE_URL: undefined,
      SMTP_URL: undefined,
      SEED_DEMO: "auto",
    });
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(16);
  });

  it("accepts a complete production configuration", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "x".repeat(32),
      DATABASE_URL: "postgres://relais@db/relais",
      SMTP_URL: "smtps://user:pass@smtp.collectivite.fr:465",
    });
    expect(env.DATABASE_URL).toBe("postgres://relais@db/relais");
  });

  it("keeps audit entries 365 days by default; a retention under 180 days or not a whole number stops the start", () => {
    expect(parseEnv({}).AUDIT_RETENTION_DAYS).toBe(365);
    expect(parseEnv({ AUDIT_RETENTION_DAYS: "" }).AUDIT_RETENTION_DAYS).toBe(365);
    expect(parseEnv({ AUDIT_RETENTION_DAYS: "730" }).AUDIT_RETENTION_DAYS).toBe(730);
    for (const wrong of ["30", "179", "deux ans", "365.5", "4000"])
      expect(() => parseEnv({ AUDIT_RETENTION_DAYS: wrong }), wrong).toThrow(/AUDIT_RETENTION_DAYS/);
  });
});
