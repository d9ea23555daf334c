import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { looseTranslator } from "./messages";

/** `export const generateMetadata = pageTitle("members.title")`: the page's <title> in the user's language. */
export function pageTitle(key: string) {
  return async (): Promise<Metadata> => ({ title: looseTranslator(await getLocale())(key) });
}
