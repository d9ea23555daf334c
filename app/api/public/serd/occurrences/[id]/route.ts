// GET /api/public/serd/occurrences/[id] – calendar file of one occurrence of a labelled SERD action (anonymous)
import { occurrenceCalendar } from "@/features/serd/agenda/ics";
import { withToken } from "@/server/access/route";
import { icsHeaders } from "@/server/calendar/ics";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

export const GET = withToken("id", "uuid", async (_request, { db, locale }, id) => {
  const file = await occurrenceCalendar(db, { id, appUrl: env().APP_URL, locale });
  if (!file) return null;
  return new Response(file.body, { headers: icsHeaders(file.fileName) });
});
