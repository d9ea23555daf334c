// GET /api/public/serd/occurrences/[id] – calendar file of one occurrence of a labelled SERD action (anonymous)
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { occurrenceCalendar } from "@/features/serd/agenda/ics";
import { icsHeaders } from "@/server/calendar/ics";
import { isUuid } from "@/lib/domain/ids";
import { env } from "@/server/env";
import { localeCookie, resolveLocale } from "@/lib/i18n/config";
import { looseTranslator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/public/serd/occurrences/[id]">) {
  const { id } = await params;
  const locale = resolveLocale((await cookies()).get(localeCookie)?.value);
  const file = isUuid(id) ? await occurrenceCalendar(getDb(), { id, appUrl: env().APP_URL, locale }) : null;
  if (!file)
    return NextResponse.json({ error: looseTranslator(locale)("errors.not_found") }, { status: 404 });
  return new Response(file.body, { headers: icsHeaders(file.fileName) });
}
