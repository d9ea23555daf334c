import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { DirectoryTabs } from "@/features/directory/components/directory-tabs";
import { RetentionReview } from "@/features/directory/components/gdpr/retention-review";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listRetentionCandidates } from "@/features/directory/gdpr/queries";
import { retentionFiltersSchema } from "@/features/directory/gdpr/schemas";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { firstValues } from "@/lib/url";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("gdpr.retention.title");

export default async function RetentionPage({
  params,
  searchParams,
}: PageProps<"/n/[network]/directory/retention">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "directory.gdpr");
  const { page } = retentionFiltersSchema.parse(firstValues(await searchParams));
  const list = await listRetentionCandidates(ctx.db, { networkId: ctx.network.id, page });
  const base = `/n/${ctx.network.slug}/directory/retention`;
  // After erasing the whole last page, show the new last page rather than an empty one.
  if (list.rows.length === 0 && list.total > 0) redirect(`${base}?page=${list.pageCount}`);
  const [t, format] = [await getTranslations("gdpr"), await getFormatter()];
  const rows = list.rows.map((r) => ({
    id: r.id,
    name: `${r.firstName} ${r.lastName}`,
    organisationName: r.organisationName,
    email: r.email,
    lastInteraction: r.lastInteractionAt
      ? format.dateTime(r.lastInteractionAt, { dateStyle: "medium" })
      : t("retention.never", { date: format.dateTime(r.createdAt, { dateStyle: "medium" }) }),
    archived: r.archivedAt !== null,
  }));
  return (
    <ClientMessages namespaces={["gdpr"]}>
      <PageHeader title={t("retention.title")} description={t("retention.intro")} />
      <DirectoryTabs ctx={ctx} />
      <p className="mb-3 font-semibold">{t("retention.count", { count: list.total })}</p>
      {rows.length === 0 ? (
        <p className="text-muted">{t("retention.empty")}</p>
      ) : (
        // Keyed by page: a new page starts with an empty selection.
        <RetentionReview key={list.page} networkSlug={ctx.network.slug} rows={rows} />
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(p) => (p === 1 ? base : `${base}?page=${p}`)}
        labels={{
          nav: t("retention.pagination"),
          previous: t("retention.previous"),
          next: t("retention.next"),
          status: t("retention.page", { page: list.page, pageCount: list.pageCount }),
        }}
      />
    </ClientMessages>
  );
}
