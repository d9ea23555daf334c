import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { AuditLog } from "@/features/audit/components/audit-log";
import { listAuditActors, listAuditEntries } from "@/features/audit/queries";
import { auditFiltersSchema } from "@/features/audit/schemas";
import { requirePlatformAdmin } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { firstValues } from "@/lib/url";

export const generateMetadata = pageTitle("audit.title");

export default async function AdminAuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requirePlatformAdmin();
  const values = firstValues(await searchParams);
  const filters = auditFiltersSchema.parse(values);
  const scope = { networkId: null, all: true } as const;
  const [entries, actors, t] = await Promise.all([
    listAuditEntries(getDb(), { ...scope, filters }),
    listAuditActors(getDb(), scope),
    getTranslations("audit"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("adminIntro")} />
      <AuditLog entries={entries} filters={filters} values={values} actors={actors} base="/admin/audit" showNetwork />
    </>
  );
}
