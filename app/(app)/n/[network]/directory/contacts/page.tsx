import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
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
import { listCommunes, listContacts, listTags } from "@/features/directory/queries";
import { contactFiltersSchema } from "@/features/directory/schemas";
import { directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { firstValues, toQuery } from "@/lib/url";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("directory.tabs.contacts");

export default async function ContactsPage({
  params,
  searchParams,
}: PageProps<"/n/[network]/directory/contacts">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "directory.read");
  if (directoryScope(ctx) !== "full") notFound();
  const values = firstValues(await searchParams);
  const filters = contactFiltersSchema.parse(values);
  const scope = { networkId: ctx.network.id };
  const [list, communes, tags] = await Promise.all([
    listContacts(ctx.db, { ...scope, filters }),
    listCommunes(ctx.db, scope),
    listTags(ctx.db, scope),
  ]);
  const [t, format] = [await getTranslations("directory"), await getFormatter()];
  const base = `/n/${ctx.network.slug}/directory/contacts`;
  const query = toQuery({ ...filters, page: undefined });
  return (
    <ClientMessages namespaces={["directory.segments"]}>
      <PageHeader
        title={t("title")}
        actions={
          <div className="flex flex-wrap gap-2">
            {ctx.can("directory.export") ? (
              <ExportLinks networkSlug={ctx.network.slug} kind="contacts" query={query} />
            ) : null}
            {ctx.can("directory.write") ? (
              <Link className={buttonVariants()} href={`${base}/new`}>
                {t("list.newContact")}
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
          { value: "lastInteraction", label: t("list.sortLastInteraction") },
          { value: "-lastInteraction", label: t("list.sortLastInteractionDesc") },
        ]}
        flags={[
          { name: "relay", label: t("list.relayOnly") },
          { name: "ambassador", label: t("list.ambassadorOnly") },
          { name: "archived", label: t("list.archivedContacts") },
        ]}
      />
      <p className="mb-3 font-semibold" role="status">
        {t("list.results", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p className="text-muted">{t("list.empty")}</p>
      ) : (
        <Table
          caption={t("list.contactsCaption")}
          headers={[
            t("fields.name"),
            t("fields.organisation"),
            t("fields.jobTitle"),
            t("fields.email"),
            t("fields.lastInteraction"),
          ]}
        >
          {list.rows.map((c) => (
            <tr key={c.id}>
              <Td>
                <Link className="font-semibold underline" href={`${base}/${c.id}`}>
                  {c.lastName} {c.firstName}
                </Link>{" "}
                {c.isRelayActor ? <Badge tone="brand">{t("list.relayBadge")}</Badge> : null}{" "}
                {c.isAmbassador ? <Badge>{t("list.ambassadorBadge")}</Badge> : null}{" "}
                {c.archivedAt ? <Badge tone="warning">{t("list.archivedBadge")}</Badge> : null}
              </Td>
              <Td>{c.organisationName ?? t("fields.noOrganisation")}</Td>
              <Td>{c.jobTitle ?? t("fields.none")}</Td>
              <Td>{c.email ?? t("fields.none")}</Td>
              <Td>
                {c.lastInteractionAt
                  ? format.dateTime(c.lastInteractionAt, { dateStyle: "medium" })
                  : t("contact.never")}
              </Td>
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
        <SaveSegmentForm networkSlug={ctx.network.slug} kind="contacts" query={query.slice(1)} />
      ) : null}
    </ClientMessages>
  );
}
