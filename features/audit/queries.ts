import "server-only";
import { and, desc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { auditLog, networks, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { addDays, parisInstant } from "@/lib/domain/paris-time";
import type { AuditFilters } from "./schemas";

export const auditPageSize = 50;

/**
 * Whose log: one network's (a coordinator's page), or every entry (the platform administrator's,
 * `networkId: null`, with the sign-in failures and other platform events).
 */
export type AuditScope = { networkId: string } | { networkId: null; all: true };

function scopeWhere(scope: AuditScope): SQL | undefined {
  return scope.networkId ? eq(auditLog.networkId, scope.networkId) : undefined;
}

export type ListAuditParams = AuditScope & { filters: AuditFilters };

/** One page of the trail, newest first; the days of `from`/`to` are Paris days, both included. */
export async function listAuditEntries(db: Db, params: ListAuditParams) {
  const { filters } = params;
  const where = and(
    scopeWhere(params),
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.actor ? eq(auditLog.actorId, filters.actor) : undefined,
    filters.from ? gte(auditLog.at, parisInstant(filters.from)) : undefined,
    filters.to ? lt(auditLog.at, parisInstant(addDays(filters.to, 1))) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        summary: auditLog.summary,
        actorId: auditLog.actorId,
        actorName: users.name,
        networkName: networks.name,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .leftJoin(networks, eq(networks.id, auditLog.networkId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(auditPageSize)
      .offset((filters.page - 1) * auditPageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  const total = count?.n ?? 0;
  // The members a summary names by id (a role change, a removal) are shown by name.
  const named = [...new Set(rows.map((r) => r.summary.userId).filter((v): v is string => typeof v === "string"))];
  const people = named.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, named))
    : [];
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return {
    rows: rows.map((r) => ({ ...r, memberName: typeof r.summary.userId === "string" ? (nameOf.get(r.summary.userId) ?? null) : null })),
    total,
    pageCount: Math.max(1, Math.ceil(total / auditPageSize)),
  };
}

/** The people who appear as actors in the scope's trail (the "person" filter). */
export async function listAuditActors(db: Db, scope: AuditScope) {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .where(and(scopeWhere(scope), isNotNull(auditLog.actorId)))
    .orderBy(users.name);
}
