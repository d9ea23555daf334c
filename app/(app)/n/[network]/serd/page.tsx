import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionTable } from "@/features/serd/components/action-table";
import { Card, CardTitle } from "@/components/ui/card";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { seesAllActions } from "@/features/serd/access";
import { currentEdition, listActions } from "@/features/serd/queries";
import { deadlineOf } from "@/features/serd/rules";
import { parisToday } from "@/lib/domain/paris-time";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { calendarDay } from "@/lib/i18n/format-day";

export const generateMetadata = pageTitle("serd.dashboard.title");

export default async function SerdPage({ params }: PageProps<"/n/[network]/serd">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "serd.read");
  const t = await getTranslations("serd");
  const format = await getFormatter();
  const base = `/n/${ctx.network.slug}/serd`;
  const edition = await currentEdition(ctx.db, { networkId: ctx.network.id, today: parisToday() });
  const all = seesAllActions(ctx);
  const rows = edition
    ? await listActions(ctx.db, {
        networkId: ctx.network.id,
        editionId: edition.id,
        ...(all ? {} : { organisationId: ctx.organisationId }),
      })
    : [];
  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        actions={
          <div className="flex flex-wrap gap-2">
            {edition && ctx.can("serd.register") ? (
              <Link className={buttonVariants()} href={`${base}/actions/new?edition=${edition.id}`}>
                {t("dashboard.newAction")}
              </Link>
            ) : null}
            {ctx.can("serd.review") ? (
              <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/review`}>
                {t("dashboard.reviewQueue")}
              </Link>
            ) : null}
            {ctx.can("serd.editions") ? (
              <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/editions`}>
                {t("dashboard.editions")}
              </Link>
            ) : null}
          </div>
        }
      />
      {edition ? (
        <Card className="mb-6">
          <CardTitle>{t("dashboard.edition", { year: edition.year })}</CardTitle>
          <p>
            {t("dashboard.dates", {
              start: calendarDay(format, edition.startsOn),
              end: calendarDay(format, edition.endsOn),
            })}
          </p>
          <p>{t("dashboard.deadline", { date: deadlineOf(edition) })}</p>
          {edition.nationalTheme ? <p>{t("dashboard.theme", { theme: edition.nationalTheme })}</p> : null}
        </Card>
      ) : (
        <p className="text-muted">{t("dashboard.noEdition")}</p>
      )}
      {edition ? (
        <section aria-labelledby="serd-actions">
          <h2 id="serd-actions" className="mb-3 text-xl font-semibold">
            {all ? t("dashboard.allActions") : t("dashboard.myActions")}
          </h2>
          <ActionTable
            networkSlug={ctx.network.slug}
            rows={rows}
            caption={all ? t("dashboard.allActions") : t("dashboard.myActions")}
          />
        </section>
      ) : null}
    </>
  );
}
