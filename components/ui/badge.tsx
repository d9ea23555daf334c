import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const tones = {
  neutral: "bg-surface text-ink border-line",
  brand: "bg-brand text-brand-fg border-transparent",
  warning: "bg-amber-50 text-amber-900 border-amber-300",
};

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: keyof typeof tones }) {
  return (
    <span className={cn("inline-block rounded-full border px-2 py-0.5 text-xs font-semibold", tones[tone])}>
      {children}
    </span>
  );
}
