// GET /api/calendar/[token] (or [token].ics) – a private calendar feed: the network's agenda or one person's meetings
import { feedCalendar } from "@/features/meetings/calendar/feeds";
import { withToken } from "@/server/access/route";
import { icsHeaders } from "@/server/calendar/ics";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

// Unknown and revoked tokens look the same: nothing says whether a feed ever existed.
export const GET = withToken("token", "token", async (_request, { db }, token) => {
  const ics = await feedCalendar(db, { token, appUrl: env().APP_URL });
  if (!ics) return null;
  return new Response(ics, { headers: icsHeaders("relais.ics", { attachment: false }) });
});
