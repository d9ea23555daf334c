import type { Messages } from "./messages";
import type { Locale } from "./config";

// Message keys are checked at compile time: a typo in t("…") fails the typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
