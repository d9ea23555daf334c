// GET /api/health – liveness and database readiness for load balancers and monitoring
import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDbHandle } from "@/db/client";
import { countAppliedMigrations } from "@/db/migrate";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { db, kind } = getDbHandle();
    await db.execute(sql`select 1`);
    const migrations = await countAppliedMigrations(db);
    return NextResponse.json({ status: "ok", database: kind, migrations });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return NextResponse.json({ status: "error", reason: `database unreachable: ${reason}` }, { status: 503 });
  }
}
