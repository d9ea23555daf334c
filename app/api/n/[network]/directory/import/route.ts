// POST /api/n/[network]/directory/import – commit an analysed import, streaming NDJSON progress lines
import { NextResponse } from "next/server";
import { commitImportStream } from "@/features/directory/import/commit-stream";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

export const POST = withNetwork("directory.import", async (request, ctx) => {
  // JSON only: a cross-site form cannot send it without a CORS preflight, which this route refuses.
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return NextResponse.json({ error: ctx.t("errors.invalid_input") }, { status: 415 });
  }
  const body: unknown = await request.json().catch(() => null);
  return new Response(commitImportStream(ctx, body, ctx.t), {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      // Each line must reach the browser as it comes: no compression (which buffers), no proxy buffering.
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
