import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button-variants";
import { PageHeader } from "@/components/ui/page-header";
import { ReviewSectionsForm } from "@/features/reports/review/components/sections-form";
import { reviewBodyHtml } from "@/features/reports/review/html";
import { reviewTools } from "@/features/reports/review/tools";
import { getReview } from "@/features/reports/review/queries";
import { reviewCss } from "@/features/reports/review/review-css";
import { parseReviewYear } from "@/features/reports/review/schemas";
import { parisToday } from "@/lib/domain/paris-time";
import { requireMembership } from "@/server/access/server";

export async function generateMetadata({ params }: PageProps<"/n/[network]/reports/[year]">) {
  const t = await getTranslations("review");
  const year = parseReviewYear((await params).year);
  return { title: year === null ? t("title", { year: "" }) : t("title", { year }) };
}

export default async function ReviewPage({ params }: PageProps<"/n/[network]/reports/[year]">) {
  const { network, year: raw } = await params;
  const ctx = await requireMembership(network, "reports.view");
  const year = parseReviewYear(raw);
  if (year === null) notFound();
  const today = parisToday();
  const [review, locale] = await Promise.all([
    getReview(ctx.db, { networkId: ctx.network.id, year, today }),
    getLocale(),
  ]);
  const { t, format } = reviewTools(locale);
  const base = `/n/${ctx.network.slug}/reports`;
  return (
    <>
      <PageHeader
        title={t("review.title", { year })}
        description={ctx.network.name}
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            <a
              className={buttonVariants({ variant: "primary" })}
              href={`/api/n/${ctx.network.slug}/reports/${year}/pdf`}
              download
            >
              {t("review.download")}
            </a>
            <Link className={buttonVariants({ variant: "secondary" })} href={base}>
              {t("review.otherYears")}
            </Link>
          </div>
        }
      />
      <style>{reviewCss}</style>
      <div className="rounded-lg border border-line bg-white p-6 print:border-0 print:p-0">
        {/* Our own markup, every value escaped by reviewBodyHtml: the same the PDF prints. */}
        <div
          dangerouslySetInnerHTML={{
            __html: reviewBodyHtml({
              review,
              network: ctx.network,
              t,
              format,
              generatedOn: today,
              embedded: true,
            }),
          }}
        />
      </div>
      {ctx.can("reports.edit") ? (
        <div className="mt-6 rounded-lg border border-line bg-white p-6">
          <ReviewSectionsForm
            networkSlug={ctx.network.slug}
            year={year}
            values={review.sections}
            labels={{
              heading: t("review.edit.heading"),
              hint: t("review.edit.hint", { year }),
              introduction: t("review.edit.introduction"),
              highlights: t("review.edit.highlights"),
              outlook: t("review.edit.outlook"),
              save: t("review.edit.save"),
              saved: t("review.edit.saved"),
            }}
          />
        </div>
      ) : null}
    </>
  );
}
