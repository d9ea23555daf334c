import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button-variants";
import { PageHeader } from "@/components/ui/page-header";
import { DashboardView } from "@/features/dashboards/components/dashboard-view";
import { PrintButton } from "@/features/dashboards/components/print-button";
import { YearSelector } from "@/features/dashboards/components/year-selector";
import { getDashboardWithStaff } from "@/features/dashboards/queries";
import { parisToday } from "@/lib/domain/paris-time";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.title");

export default async function DashboardPage({ params, searchParams }: PageProps<"/n/[network]/dashboard">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "dashboard.read");
  const t = await getTranslations("dashboards");
  const raw = Number((await searchParams).year);
  const year = Number.isInteger(raw) && raw >= 1990 && raw <= 2100 ? raw : null;
  const today = parisToday();
  const { dashboard, staff } = await getDashboardWithStaff(ctx.db, {
    networkId: ctx.network.id,
    year,
    today,
  });
  return (
    <>
      <PageHeader
        title={`${t("title")} ${dashboard.year}`}
        description={ctx.network.territoryLabel || t("description")}
        actions={
          <div className="flex gap-2 print:hidden">
            {ctx.can("objectives.write") || ctx.can("timesheet.own") ? (
              <Link
                className={buttonVariants({ variant: "secondary" })}
                href={`/n/${ctx.network.slug}/dashboard/manage`}
              >
                {t("objectives.manage")}
              </Link>
            ) : null}
            <PrintButton label={t("print")} />
          </div>
        }
      />
      <YearSelector years={dashboard.years} year={dashboard.year} label={t("year")} submit={t("show")} />
      <DashboardView dashboard={dashboard} staff={staff} />
    </>
  );
}
