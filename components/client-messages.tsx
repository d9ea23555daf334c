import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pick, type Namespace } from "@/lib/i18n/pick";

/**
 * Hands the client components below only the message namespaces they use (each page or layout
 * names them; components/client-messages.test.ts checks the list against the components it renders).
 * Only pages use it, around all they return; layouts never do (a nested provider replaces its
 * parent's messages, it does not add to them).
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pick(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
