import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { StaffTotals } from "../staff/queries";

/** Staff time of a year by role and by activity: hours, days, cost, share of an FTE. */
export async function StaffTotalsTables({ totals }: { totals: StaffTotals }) {
  const [t, format] = await Promise.all([getTranslations("dashboards"), getFormatter()]);
  const n = (v: number) => format.number(v, { maximumFractionDigits: 2 });
  const eur = (v: number) =>
    format.number(v, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  if (totals.byRole.length === 0) return <p>{t("time.none")}</p>;
  const headers = [t("time.hours"), t("time.days"), t("time.cost"), t("time.fte")];
  const cells = (r: { hours: number; days: number; cost: number; fte: number }) => (
    <>
      <Td>{n(r.hours)}</Td>
      <Td>{n(r.days)}</Td>
      <Td>{eur(r.cost)}</Td>
      <Td>{pct(r.fte)}</Td>
    </>
  );
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Table caption={t("time.totalsCaption", { year: totals.year })} headers={[t("time.role"), ...headers]}>
        {totals.byRole.map((r) => (
          <tr key={r.staffRole} data-testid={`staff-role-${r.staffRole}`}>
            <Td>{t(`staffRoles.${r.staffRole}`)}</Td>
            {cells(r)}
          </tr>
        ))}
        <tr>
          <Td>
            <strong>{t("time.total")}</strong>
          </Td>
          {cells(totals.total)}
        </tr>
      </Table>
      <Table
        caption={t("time.activityCaption", { year: totals.year })}
        headers={[t("time.activity"), ...headers]}
      >
        {totals.byActivity.map((r) => (
          <tr key={`${r.activityKind}-${r.label}`}>
            <Td>
              {t(`activityKinds.${r.activityKind}`)}
              {r.label ? ` : ${r.label}` : ""}
            </Td>
            {cells(r)}
          </tr>
        ))}
      </Table>
    </div>
  );
}
