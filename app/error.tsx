"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Unexpected failures show a French message and a retry, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="mb-4 text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mb-4">{t("errorBody")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </main>
  );
}
