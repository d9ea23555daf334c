import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorMessagesProvider } from "@/components/shell/error-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("shell");
  const tErrors = await getTranslations("errors");
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="min-h-screen bg-white font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* No message catalogue here: each page with client components gives them their own
            namespaces (<ClientMessages>); the error page gets its three sentences. */}
        <ErrorMessagesProvider
          messages={{ title: tErrors("errorTitle"), body: tErrors("errorBody"), retry: tErrors("retry") }}
        >
          {children}
        </ErrorMessagesProvider>
      </body>
    </html>
  );
}
