"use client";
import { useTranslations } from "next-intl";

/** The commit's progress bar: rows processed over rows of the file. */
export function ImportProgress({ done, total }: { done: number; total: number }) {
  const t = useTranslations("import.progress");
  const percent = total > 0 ? Math.min(100, Math.round((done * 100) / total)) : 0;
  const text = t("value", { done, total });
  return (
    <div className="space-y-2">
      <p id="import-progress-label" className="font-semibold">
        {t("label")}
      </p>
      <div
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="h-4 w-full overflow-hidden rounded-full border border-line bg-surface"
      >
        <div className="h-full bg-brand transition-[width] duration-300" style={{ width: `${percent}%` }} />
      </div>
      <p aria-live="polite" className="text-sm text-muted">
        {text}
      </p>
    </div>
  );
}
