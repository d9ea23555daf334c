import { AuditLog } from "@/features/audit/components/audit-log";
import { listAuditActors, listAuditEntries } from "@/features/audit/queries";
import { auditFiltersSchema } from "@/features/audit/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "next-intl/server";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { firstValues } from "@/lib/url";

export const generateMetadata = pageTitle("audit.title");

export default async function NetworkAuditPage({ params, searchParams }: PageProps<"/n/[network]/audit">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "audit.read");
  const values = firstValues(await searchParams);
  const filters = auditFiltersSchema.parse(values);
  const scope = { networkId: ctx.network.id };
  const [entries, actors, t] = await Promise.all([
    listAuditEntries(ctx.db, { ...scope, filters }),
    listAuditActors(ctx.db, scope),
    getTranslations("audit"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <AuditLog
        entries={entries}
        filters={filters}
        values={values}
        actors={actors}
        base={`/n/${ctx.network.slug}/audit`}
        showNetwork={false}
      />
    </>
  );
}
