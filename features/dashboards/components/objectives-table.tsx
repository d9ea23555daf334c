import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Table, Td } from "@/components/ui/table";
import { calendarDay } from "@/lib/i18n/format-day";
import type { ObjectiveView } from "../objectives-data";
import { formatValue } from "./figure-card";

/**
 * Objectives against what was recorded: target, actual, reached or not, trend. With `actions`,
 * a last column holds what the page puts there (edit link, delete button).
 */
export async function ObjectivesTable({
  objectives,
  actions,
}: {
  objectives: ObjectiveView[];
  actions?: (objective: ObjectiveView) => ReactNode;
}) {
  const [t, tAll, format] = await Promise.all([
    getTranslations("dashboards.objectives"),
    getTranslations(),
    getFormatter(),
  ]);
  const label = (o: ObjectiveView) =>
    o.labelKey ? (tAll as unknown as (k: string) => string)(o.labelKey) : (o.recordedName ?? "");
  if (objectives.length === 0) return <p>{t("empty")}</p>;
  return (
    <Table
      caption={t("caption")}
      headers={[
        t("objective"),
        t("indicator"),
        t("period"),
        t("target"),
        t("actual"),
        t("statusColumn"),
        t("trendColumn"),
        ...(actions ? [t("actions")] : []),
      ]}
    >
      {objectives.map((o) => (
        <tr key={o.id} data-testid="objective-row">
          <Td>{o.title}</Td>
          <Td>{label(o)}</Td>
          <Td>
            {t("periodValue", {
              start: calendarDay(format, o.periodStart),
              end: calendarDay(format, o.periodEnd),
            })}
          </Td>
          <Td>
            {t(`direction.${o.direction}`)} {formatValue(format, o.unit, o.target)}
            {o.baseline !== null ? (
              <span className="block text-muted">
                {t("baseline")} : {formatValue(format, o.unit, o.baseline)}
              </span>
            ) : null}
          </Td>
          <Td>
            {o.actual === null ? "—" : formatValue(format, o.unit, o.actual)}
            {o.actualAt ? (
              <span className="block text-muted">
                {o.actualAt.length === 4 ? o.actualAt : calendarDay(format, o.actualAt)}
              </span>
            ) : null}
          </Td>
          <Td>
            <strong>{t(`status.${o.status}`)}</strong>
          </Td>
          <Td>{t(`trend.${o.trend}`)}</Td>
          {actions ? (
            <Td>
              <div className="flex flex-wrap items-center gap-2 print:hidden">{actions(o)}</div>
            </Td>
          ) : null}
        </tr>
      ))}
    </Table>
  );
}
