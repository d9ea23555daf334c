// GET /api/calendar/[token] (or [token].ics) – a private calendar feed: the network's agenda or one person's meetings
import { getDb } from "@/db/client";
import { feedCalendar } from "@/features/meetings/calendar/feeds";
import { icsHeaders } from "@/server/calendar/ics";
import { env } from "@/server/env";
import { getLocale } from "next-intl/server";
import { looseTranslator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ics = await feedCalendar(getDb(), { token: token.replace(/\.ics$/, ""), appUrl: env().APP_URL });
  // Unknown and revoked tokens look the same: nothing says whether a feed ever existed.
  if (!ics)
    return new Response(looseTranslator(await getLocale())("errors.not_found"), {
      status: 404,
      headers: { "Cache-Control": "no-store" },
    });
  return new Response(ics, { headers: icsHeaders("relais.ics", { attachment: false }) });
}
