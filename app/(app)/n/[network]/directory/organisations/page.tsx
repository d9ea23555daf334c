import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DirectoryTabs } from "@/features/directory/components/directory-tabs";
import { ExportLinks } from "@/features/directory/components/export-links";
import { ListFilters } from "@/features/directory/components/list-filters";
import { SaveSegmentForm } from "@/features/directory/components/save-segment-form";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { listCommunes, listOrganisations, listTags } from "@/features/directory/queries";
import { organisationFiltersSchema } from "@/features/directory/schemas";
import { directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { firstValues, toQuery } from "@/lib/url";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("directory.tabs.organisations");

export default async function OrganisationsPage({
  params,
  searchParams,
}: PageProps<"/n/[network]/directory/organisations">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "directory.read");
  if (directoryScope(ctx) === "none") notFound();
  const values = firstValues(await searchParams);
  const filters = organisationFiltersSchema.parse(values);
  const scope = { networkId: ctx.network.id };
  const [list, communes, tags] = await Promise.all([
    listOrganisations(ctx.db, { ...scope, filters }),
    listCommunes(ctx.db, scope),
    listTags(ctx.db, scope),
  ]);
  const t = await getTranslations("directory");
  const base = `/n/${ctx.network.slug}/directory/organisations`;
  const query = toQuery({ ...filters, page: undefined });
  return (
    <ClientMessages namespaces={["directory.segments"]}>
      <PageHeader
        title={t("title")}
        actions={
          <div className="flex flex-wrap gap-2">
            {ctx.can("directory.export") ? (
              <ExportLinks networkSlug={ctx.network.slug} kind="organisations" query={query} />
            ) : null}
            {ctx.can("directory.write") ? (
              <Link className={buttonVariants()} href={`${base}/new`}>
                {t("list.newOrganisation")}
              </Link>
            ) : null}
          </div>
        }
      />
      <DirectoryTabs ctx={ctx} />
      <ListFilters
        values={values}
        communes={communes}
        tags={tags}
        resetHref={base}
        sorts={[
          { value: "name", label: t("list.sortName") },
          { value: "-name", label: t("list.sortNameDesc") },
          { value: "-updated", label: t("list.sortUpdated") },
          { value: "-status", label: t("list.sortStatus") },
        ]}
        flags={[{ name: "archived", label: t("list.archived") }]}
      />
      <p className="mb-3 font-semibold" role="status">
        {t("list.results", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p className="text-muted">{t("list.empty")}</p>
      ) : (
        <Table
          caption={t("list.organisationsCaption")}
          headers={[
            t("fields.name"),
            t("fields.actorType"),
            t("fields.commune"),
            t("fields.status"),
            t("fields.people"),
            t("fields.tags"),
          ]}
        >
          {list.rows.map((o) => (
            <tr key={o.id}>
              <Td>
                <Link className="font-semibold underline" href={`${base}/${o.id}`}>
                  {o.name}
                </Link>{" "}
                {o.isInternalService ? <Badge>{t("list.internalBadge")}</Badge> : null}{" "}
                {o.archivedAt ? <Badge tone="warning">{t("list.archivedBadge")}</Badge> : null}
              </Td>
              <Td>{t(`actorTypes.${o.actorType}`)}</Td>
              <Td>{o.communeName ?? t("fields.none")}</Td>
              <Td>{t(`statuses.${o.status}`)}</Td>
              <Td>{o.contactCount}</Td>
              <Td>{o.tags.join(", ") || t("fields.none")}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => `${base}${toQuery(filters, { page })}`}
        labels={{
          nav: t("list.pagination"),
          previous: t("list.previous"),
          next: t("list.next"),
          status: t("list.page", { page: list.page, pageCount: list.pageCount }),
        }}
      />
      {ctx.can("directory.segments") && query ? (
        <SaveSegmentForm networkSlug={ctx.network.slug} kind="organisations" query={query.slice(1)} />
      ) : null}
    </ClientMessages>
  );
}
