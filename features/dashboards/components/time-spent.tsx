import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import type { staffTimeFor } from "../staff/queries";

/**
 * The staff time spent on one SERD edition or training cycle (read-only): hours, days, cost, by role.
 * Nothing when no time was recorded on it.
 */
export async function TimeSpentCard({
  spent,
  of,
}: {
  spent: Awaited<ReturnType<typeof staffTimeFor>>;
  of: "edition" | "cycle";
}) {
  if (spent.hours <= 0) return null;
  const [t, format] = await Promise.all([getTranslations("dashboards"), getFormatter()]);
  const n = (v: number) => format.number(v, { maximumFractionDigits: 2 });
  const eur = (v: number) =>
    format.number(v, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const values = { hours: n(spent.hours), days: n(spent.days), cost: eur(spent.cost) };
  return (
    <Card className="mb-6">
      <CardTitle>{t("time.title")}</CardTitle>
      <p data-testid="time-spent">
        {of === "edition" ? t("time.spentOnEdition", values) : t("time.spentOnCycle", values)}
      </p>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {spent.byRole.map((r) => (
          <li key={r.staffRole}>
            {t(`staffRoles.${r.staffRole}`)} : {n(r.hours)} h · {eur(r.cost)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
