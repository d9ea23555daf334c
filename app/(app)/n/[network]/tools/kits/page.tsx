import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { ItemForm } from "@/features/tools/components/item-form";
import { listItems, listOrganisationChoices, listResourceChoices } from "@/features/tools/queries";
import { parisToday } from "@/lib/domain/paris-time";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("tools.kits.title");

export default async function KitsPage({ params }: PageProps<"/n/[network]/tools/kits">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "tools.read");
  const t = await getTranslations("tools");
  const items = await listItems(ctx.db, { networkId: ctx.network.id, today: parisToday() });
  const coordinator = ctx.can("tools.publish");
  const organisations = coordinator ? await listOrganisationChoices(ctx.db, { networkId: ctx.network.id }) : null;
  const resources = ctx.can("tools.items") ? await listResourceChoices(ctx.db, { networkId: ctx.network.id }) : [];
  const base = `/n/${ctx.network.slug}/tools/kits`;
  return (
    <ClientMessages namespaces={["tools"]}>
      <PageHeader title={t("kits.title")} description={t("kits.intro")} />
      {items.length === 0 ? (
        <p className="mb-6">{t("kits.empty")}</p>
      ) : (
        <div className="mb-8">
          <Table caption={t("kits.caption")} headers={[t("kits.colName"), t("kits.colOwner"), t("kits.colCondition"), t("kits.colState")]}>
            {items.map((i) => (
              <tr key={i.id}>
                <Td>
                  <Link className="font-semibold underline" href={`${base}/${i.id}`}>
                    {i.name}
                  </Link>
                </Td>
                <Td>{i.ownerName}</Td>
                <Td>{t(`conditions.${i.condition}`)}</Td>
                <Td>
                  {i.overdue ? (
                    <Badge tone="warning">{t("kits.overdue")}</Badge>
                  ) : i.out ? (
                    t("kits.out")
                  ) : i.lendable ? (
                    t("kits.available")
                  ) : (
                    t("kits.notLendable")
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        </div>
      )}
      {ctx.can("tools.items") && (coordinator || ctx.organisationId) ? (
        <Card>
          <CardTitle>{t("kits.add")}</CardTitle>
          <ItemForm
            networkSlug={ctx.network.slug}
            organisations={organisations?.map((o) => ({ value: o.id, label: o.name })) ?? null}
            resources={resources.map((r) => ({ value: r.id, label: r.title }))}
          />
        </Card>
      ) : null}
    </ClientMessages>
  );
}
