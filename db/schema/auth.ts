import {
  boolean,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Always stored lower-case and trimmed. */
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    isPlatformAdmin: boolean().notNull().default(false),
    /** Raised to end every session of the user at once (sign-out, password change, removal…). */
    sessionVersion: integer().notNull().default(0),
    /** Recorded by each successful sign-in (members' page). */
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const passwordResetTokens = pgTable("password_reset_tokens", {
  id: uuid().primaryKey().defaultRandom(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  /** SHA-256 of the token sent by email; the token itself is never stored. */
  tokenHash: text().notNull().unique(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Failed sign-in counters, in PostgreSQL so that every app instance shares them. */
export const authThrottles = pgTable(
  "auth_throttles",
  {
    /**
     * email: "<email> <address>" (sign-in failures); ip; reset: an email; resetIp: an address;
     * change: a user id (wrong current passwords on the password-change screen).
     */
    scope: text({ enum: ["email", "ip", "reset", "resetIp", "change"] }).notNull(),
    key: text().notNull(),
    failures: integer().notNull().default(0),
    windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
