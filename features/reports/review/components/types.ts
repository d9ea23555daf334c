import type { createFormatter } from "next-intl";
import type { Translate } from "@/lib/i18n/messages";

/** A translator over full message keys ("review.title"), usable outside React's request context. */
export type ReviewT = Translate;
export type ReviewFormat = ReturnType<typeof createFormatter>;
