// GET /api/health – liveness and database readiness for load balancers and monitoring
import { NextResponse } from "next/server";
import { getDbHandle } from "@/db/client";
import { checkHealth } from "@/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDbHandle());
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503 });
}
