import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { ResourceFiltersForm } from "@/features/tools/components/resource-filters";
import { listResources } from "@/features/tools/queries";
import { resourceFiltersSchema } from "@/features/tools/schemas";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("tools.library.title");

export default async function ToolsPage({ params, searchParams }: PageProps<"/n/[network]/tools">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "tools.read");
  const t = await getTranslations("tools");
  const format = await getFormatter();
  const filters = resourceFiltersSchema.parse(await searchParams);
  const moderate = ctx.can("tools.publish");
  const rows = await listResources(ctx.db, { networkId: ctx.network.id, userId: ctx.userId, canModerate: moderate, filters });
  const base = `/n/${ctx.network.slug}/tools`;
  return (
    <>
      <PageHeader
        title={t("library.title")}
        description={t("library.intro")}
        actions={
          <div className="flex flex-wrap gap-2">
            {ctx.can("tools.propose") ? (
              <>
                <Link className={buttonVariants()} href={`${base}/share`}>
                  {t("library.share")}
                </Link>
                <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/fiches/new`}>
                  {t("editor.write")}
                </Link>
              </>
            ) : null}

            <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/kits`}>
              {t("library.kits")}
            </Link>
            {ctx.can("tools.reserve") ? (
              <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/loans`}>
                {t("library.myLoans")}
              </Link>
            ) : null}
          </div>
        }
      />
      <ResourceFiltersForm filters={filters} moderate={moderate} />
      <p className="mb-2 text-sm text-muted" aria-live="polite">
        {t("library.count", { count: rows.length })}
      </p>
      {rows.length === 0 ? (
        <p>{t("library.empty")}</p>
      ) : (
        <Table
          caption={t("library.caption")}
          headers={[t("library.colTitle"), t("library.colKind"), t("library.colOwner"), t("library.colShared"), t("library.colUses")]}
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <Td>
                <Link className="font-semibold underline" href={`${base}/resources/${r.id}`}>
                  {r.title}
                </Link>
                {r.status === "proposed" ? (
                  <>
                    {" "}
                    <Badge tone="warning">{t("library.proposed")}</Badge>
                  </>
                ) : null}
              </Td>
              <Td>{t(`kinds.${r.kind}`)}</Td>
              <Td>{r.organisationName ?? "—"}</Td>
              <Td>{format.dateTime(r.createdAt, { dateStyle: "medium", timeZone: "Europe/Paris" })}</Td>
              <Td>{r.downloads}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
