import "server-only";
import { createFormatter } from "next-intl";
import { parisTimeZone } from "@/lib/domain/paris-time";
import { resolveLocale } from "@/lib/i18n/config";
import { looseTranslator } from "@/lib/i18n/messages";

// The translator and formatter the review's synchronous components take, for a locale.
export function reviewTools(raw: string) {
  const locale = resolveLocale(raw);
  return {
    t: looseTranslator(locale),
    format: createFormatter({ locale, timeZone: parisTimeZone }),
  };
}
