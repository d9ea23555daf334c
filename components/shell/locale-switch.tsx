"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/features/auth/locale-action";
import { locales } from "@/lib/i18n/config";
import { cn } from "@/lib/cn";

/** FR / EN switch; the choice is kept in a cookie. Each option is labelled in its own language. */
export function LocaleSwitch({ className }: { className?: string }) {
  const t = useTranslations("shell");
  const current = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <nav aria-label={t("language")} className={cn("flex gap-1", className)}>
      {locales.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === current}
          disabled={pending}
          onClick={() =>
            start(async () => {
              await setLocaleAction(l);
              router.refresh();
            })
          }
          className={cn(
            "min-h-11 min-w-11 rounded px-2 text-sm font-semibold uppercase",
            l === current ? "bg-ink text-white" : "border border-current",
          )}
        >
          <span aria-hidden="true">{l}</span>
          <span className="sr-only">{l === "fr" ? "Français" : "English"}</span>
        </button>
      ))}
    </nav>
  );
}
