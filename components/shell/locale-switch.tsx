import { getLocale, getTranslations } from "next-intl/server";
import { LocaleButtons } from "./locale-buttons";

/** FR / EN switch; the choice is kept in a cookie. */
export async function LocaleSwitch() {
  const [t, locale] = [await getTranslations("shell"), await getLocale()];
  return <LocaleButtons label={t("language")} current={locale} />;
}
