import { z } from "zod";
import { serdPublics, serdThemes } from "@/lib/domain/enums";
import { dayField, lenient } from "@/lib/validation/fields";

// Filters of the public agenda, read from the URL of a GET form. A value that does not parse is
// ignored (a stale or hand-edited link still shows the agenda), never an error page.

export const agendaFiltersSchema = z.object({
  theme: lenient(z.enum(serdThemes)),
  public: lenient(z.enum(serdPublics)),
  commune: lenient(z.uuid()),
  day: lenient(dayField),
});
export type AgendaFilters = z.infer<typeof agendaFiltersSchema>;
