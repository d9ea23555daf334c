import { parseYmd } from "@/lib/domain/recurrence";
import { z } from "zod";
import { serdPublics, serdThemes } from "@/lib/domain/enums";

// Filters of the public agenda, read from the URL of a GET form. A value that does not parse is
// ignored (a stale or hand-edited link still shows the agenda), never an error page.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const agendaFiltersSchema = z.object({
  theme: optional(z.enum(serdThemes)),
  public: optional(z.enum(serdPublics)),
  commune: optional(z.uuid()),
  day: optional(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((d) => parseYmd(d) !== null),
  ),
});
export type AgendaFilters = z.infer<typeof agendaFiltersSchema>;
