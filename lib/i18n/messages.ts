import { createTranslator } from "next-intl";
import { resolveLocale, timeZone, type Locale } from "./config";
import en from "./messages/en.json";
import fr from "./messages/fr.json";

export const messages = { fr, en } as const;
export type Messages = typeof fr;

/** A translator usable outside React (emails, actions, tests). */
export function translator(locale: Locale | string | undefined) {
  const l = resolveLocale(locale);
  return createTranslator({ locale: l, messages: messages[l] as Messages, timeZone });
}
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** The same, typed loosely for keys built at run time (error codes, enum labels). */
export function looseTranslator(locale: Locale | string | undefined): Translate {
  return translator(locale) as unknown as Translate;
}
