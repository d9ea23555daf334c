import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import type { Dashboard } from "../queries";
import type { StaffTotals } from "../staff/queries";
import { FigureCard } from "./figure-card";
import { ObjectivesTable } from "./objectives-table";
import { StaffTotalsTables } from "./staff-totals";

/** Areas in this order; an area added to the registry later comes before staff time. */
const order = ["directory", "meetings", "serd", "training", "tools"];

/** The dashboard of one year: objectives first, then every area's figures, then tracked indicators. */
export async function DashboardView({ dashboard, staff }: { dashboard: Dashboard; staff: StaffTotals }) {
  const [t, tAll] = await Promise.all([getTranslations("dashboards"), getTranslations()]);
  const msg = tAll as unknown as (k: string) => string;
  const present = [...new Set(dashboard.figures.map((f) => f.indicator.area))].filter((a) => a !== "staff");
  const areas = [
    ...present.sort((x, y) => ((order.indexOf(x) + 99) % 99) - ((order.indexOf(y) + 99) % 99)),
    "staff",
  ];
  const grid = (area: string) => (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
      {dashboard.figures
        .filter((f) => f.indicator.area === area)
        .map((f) => (
          <FigureCard
            key={f.indicator.id}
            id={f.indicator.id.replace(".", "-")}
            label={msg(f.indicator.labelKey)}
            definition={msg(f.indicator.definitionKey)}
            unit={f.indicator.unit}
            year={dashboard.year}
            point={f.point}
            series={f.series}
            comparison={f.comparison}
          />
        ))}
    </div>
  );
  return (
    <div className="dashboard space-y-6">
      <p className="text-sm" data-testid="comparison-rule">
        {t("comparisonRule")}
      </p>
      <Card>
        <CardTitle>{t("sections.objectives")}</CardTitle>
        <ObjectivesTable objectives={dashboard.objectives} />
      </Card>
      {areas.map((area) => (
        <section key={area} aria-labelledby={`section-${area}`} className="space-y-3">
          <h2 id={`section-${area}`} className="text-xl font-semibold">
            {msg(`dashboards.sections.${area}`)}
          </h2>
          {grid(area)}
          {area === "staff" ? <StaffTotalsTables totals={staff} /> : null}
        </section>
      ))}
      {dashboard.recorded.length ? (
        <section aria-labelledby="section-recorded" className="space-y-3">
          <h2 id="section-recorded" className="text-xl font-semibold">
            {t("sections.recorded")}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
            {dashboard.recorded.map((r) => (
              <FigureCard
                key={r.id}
                id={`recorded-${r.id}`}
                label={r.name}
                definition={r.definition}
                unit={r.unit}
                year={dashboard.year}
                point={r.point}
                series={r.series}
                comparison={r.comparison}
              />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
