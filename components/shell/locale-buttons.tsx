"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/features/auth/locale-action";
import { locales, type Locale } from "@/lib/i18n/config";

/**
 * The FR / EN buttons of LocaleSwitch. The label comes from the server, so that public pages load
 * no message catalogue nor formatting library for it. Each option is labelled in its own language.
 */
export function LocaleButtons({ label, current }: { label: string; current: Locale }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <nav aria-label={label} className="flex gap-1">
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
          className={`min-h-11 min-w-11 rounded px-2 text-sm font-semibold uppercase ${
            l === current ? "bg-ink text-white" : "border border-current"
          }`}
        >
          <span aria-hidden="true">{l}</span>
          <span className="sr-only">{l === "fr" ? "Français" : "English"}</span>
        </button>
      ))}
    </nav>
  );
}
