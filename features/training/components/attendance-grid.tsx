"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ParticipationStatus } from "@/lib/domain/enums";
import { markAllPresentAction, markTraineeAction } from "../actions";

export type GridColumn = { eventId: string; label: string; open: boolean };
export type GridRow = { contactId: string; name: string; marks: (string | null)[]; absences: number; alert: boolean };

const markable = ["present", "late", "absent"] as const;

/** One row per trainee, one column per session; marks go to the meetings' check-in. */
export function AttendanceGrid({
  networkSlug,
  cycleId,
  columns,
  rows,
  editable,
}: {
  networkSlug: string;
  cycleId: string;
  columns: GridColumn[];
  rows: GridRow[];
  editable: boolean;
}) {
  const t = useTranslations("training");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const result = await fn();
      setError(result.ok ? null : (result.error ?? null));
    });
  return (
    <div className="space-y-3">
      {error ? (
        <p role="alert" className="font-medium text-danger">
          {error}
        </p>
      ) : null}
      <div role="region" aria-label={t("grid.title")} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("grid.title")}</caption>
          <thead className="bg-surface">
            <tr>
              <th scope="col" className="border-b border-line px-3 py-2">
                {t("figures.person")}
              </th>
              {columns.map((c) => (
                <th key={c.eventId} scope="col" className="min-w-36 border-b border-line px-3 py-2 align-bottom">
                  <span className="block">{c.label}</span>
                  {editable && c.open ? (
                    <Button
                      variant="ghost"
                      className="min-h-11 px-0 text-sm"
                      disabled={pending}
                      onClick={() => run(() => markAllPresentAction(networkSlug, { cycleId, eventId: c.eventId }))}
                      aria-label={t("grid.allPresentNamed", { session: c.label })}
                    >
                      {t("grid.allPresent")}
                    </Button>
                  ) : null}
                </th>
              ))}
              <th scope="col" className="border-b border-line px-3 py-2">
                {t("grid.absences")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.contactId}>
                <th scope="row" className="border-b border-line px-3 py-2 font-medium">
                  {r.name}
                </th>
                {columns.map((c, i) => {
                  const mark = r.marks[i] ?? null;
                  const canSet = editable && c.open;
                  return (
                    <td key={c.eventId} className="border-b border-line px-3 py-2">
                      {canSet ? (
                        <select
                          className="min-h-11 rounded-md border border-line bg-white px-2"
                          aria-label={t("grid.markOf", { name: r.name, session: c.label })}
                          value={markable.includes(mark as never) ? (mark as string) : ""}
                          disabled={pending}
                          onChange={(e) => {
                            const status = e.currentTarget.value as (typeof markable)[number];
                            if (status)
                              run(() => markTraineeAction(networkSlug, { cycleId, eventId: c.eventId, contactId: r.contactId, status }));
                          }}
                        >
                          <option value="">{mark ? t(`marks.${mark as ParticipationStatus}`) : t("marks.none")}</option>
                          {markable.map((m) => (
                            <option key={m} value={m}>
                              {t(`marks.${m}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span>{mark ? t(`marks.${mark as ParticipationStatus}`) : t("marks.none")}</span>
                      )}
                    </td>
                  );
                })}
                <td className="border-b border-line px-3 py-2">
                  {r.absences}
                  {r.alert ? <span className="ml-2 font-semibold text-danger">{t("grid.alert")}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
