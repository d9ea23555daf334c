import { z } from "zod";
import { auditActions } from "@/lib/domain/audit-actions";
import { dayField, lenient, pageParam } from "@/lib/validation/fields";

/** The audit log's filters, read from the URL: a malformed value is ignored, never an error. */
export const auditFiltersSchema = z.object({
  action: lenient(z.enum(auditActions)),
  actor: lenient(z.uuid()),
  from: lenient(dayField),
  to: lenient(dayField),
  page: pageParam,
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;
