import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const tones = {
  error: "border-danger/40 bg-red-50 text-danger",
  success: "border-success/40 bg-green-50 text-success",
  info: "border-line bg-surface text-ink",
};

/** A message block; errors and successes are announced to screen readers. */
export function Alert({
  tone = "info",
  children,
  className,
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : tone === "success" ? "status" : undefined}
      className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], className)}
    >
      {children}
    </div>
  );
}
