import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionTable } from "@/features/serd/components/action-table";
import { Card, CardTitle } from "@/components/ui/card";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { seesAllActions } from "@/features/serd/access";
import { EditionSelect } from "@/features/serd/components/edition-select";
import { listActions, registrationEdition, selectedEdition } from "@/features/serd/queries";
import { deadlineOf, editionPhase, resultsDueOf } from "@/features/serd/rules";
import { notFound } from "next/navigation";
import { parisToday } from "@/lib/domain/paris-time";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { calendarDay } from "@/lib/i18n/format-day";

export const generateMetadata = pageTitle("serd.dashboard.title");

export default async function SerdPage({ params, searchParams }: PageProps<"/n/[network]/serd">) {
  const { network } = await params;
  const { edition: editionParam } = await searchParams;
  const ctx = await requireMembership(network, "serd.read");
  const t = await getTranslations("serd");
  const format = await getFormatter();
  const base = `/n/${ctx.network.slug}/serd`;
  const today = parisToday();
  const scope = { networkId: ctx.network.id, today };
  const [{ editions, edition }, registration] = await Promise.all([
    selectedEdition(ctx.db, { ...scope, param: editionParam }),
    registrationEdition(ctx.db, scope),
  ]);
  if (editions.length > 0 && !edition) notFound();
  const phase = edition ? editionPhase(edition, today) : null;
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
            {registration && ctx.can("serd.register") ? (
              <Link className={buttonVariants()} href={`${base}/actions/new?edition=${registration.id}`}>
                {t("dashboard.newActionIn", { year: registration.year })}
              </Link>
            ) : null}
            {ctx.can("serd.review") ? (
              <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/review`}>
                {t("dashboard.reviewQueue")}
              </Link>
            ) : null}
            {ctx.can("serd.review") ? (
              <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/notifications`}>
                {t("notifications.link")}
              </Link>
            ) : null}
            {ctx.can("dashboard.read") ? (
              <Link
                className={buttonVariants({ variant: "secondary" })}
                href={`${base}/figures${edition ? `?edition=${edition.id}` : ""}`}
              >
                {t("dashboard.figures")}
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
      {edition && editions.length > 1 ? <EditionSelect editions={editions} selected={edition.id} /> : null}
      {edition ? (
        <Card className="mb-6">
          <CardTitle>{t("dashboard.edition", { year: edition.year })}</CardTitle>
          <p>
            {t("dashboard.dates", {
              start: calendarDay(format, edition.startsOn),
              end: calendarDay(format, edition.endsOn),
            })}
          </p>
          <p>{t("dashboard.deadline", { date: calendarDay(format, deadlineOf(edition)) })}</p>
          <p>{t(`dashboard.phase.${phase!}`, { date: calendarDay(format, resultsDueOf(edition)) })}</p>
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
