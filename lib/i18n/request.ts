import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { localeCookie, resolveLocale, timeZone } from "./config";
import { messages } from "./messages";

// French unless the visitor chose English with the switch (remembered in a cookie).
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(localeCookie)?.value);
  return { locale, messages: messages[locale], timeZone };
});
