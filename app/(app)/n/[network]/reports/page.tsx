import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listReviewYears } from "@/features/reports/review/queries";
import { parisToday } from "@/lib/domain/paris-time";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("reports.title");

export default async function ReportsPage({ params }: PageProps<"/n/[network]/reports">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "reports.view");
  const t = await getTranslations("reports");
  const years = await listReviewYears(ctx.db, { networkId: ctx.network.id, today: parisToday() });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardTitle>{t("reviewsHeading")}</CardTitle>
        <p className="mb-3 text-sm">{t("reviewsIntro")}</p>
        {years.length === 0 ? (
          <p>{t("noYears")}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-3" data-testid="review-years">
            {years.map((year) => (
              <li key={year}>
                <Link className="underline" href={`/n/${ctx.network.slug}/reports/${year}`}>
                  {t("reviewLink", { year })}
                </Link>
                {" · "}
                <a className="underline" href={`/api/n/${ctx.network.slug}/reports/${year}/pdf`} download>
                  {t("downloadYear", { year })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
