import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ItemForm } from "@/features/tools/components/item-form";
import { getItem, listOrganisationChoices, listResourceChoices } from "@/features/tools/queries";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("tools.kits.edit");

export default async function EditKitPage({ params }: PageProps<"/n/[network]/tools/kits/[id]/edit">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "tools.items");
  if (!isUuid(id)) notFound();
  const row = await getItem(ctx.db, { networkId: ctx.network.id, id });
  if (!row) notFound();
  const coordinator = ctx.can("tools.publish");
  // Another organisation's kit: as if it did not exist for this member.
  if (!coordinator && ctx.organisationId !== row.item.ownerOrganisationId) notFound();
  const t = await getTranslations("tools");
  const [organisations, resources] = await Promise.all([
    coordinator ? listOrganisationChoices(ctx.db, { networkId: ctx.network.id }) : null,
    listResourceChoices(ctx.db, { networkId: ctx.network.id }),
  ]);
  const item = row.item;
  return (
    <ClientMessages namespaces={["tools"]}>
      <p className="mb-2">
        <Link className="underline" href={`/n/${ctx.network.slug}/tools/kits/${item.id}`}>
          {item.name}
        </Link>
      </p>
      <PageHeader title={t("kits.edit")} />
      <Card>
        <ItemForm
          networkSlug={ctx.network.slug}
          organisations={organisations?.map((o) => ({ value: o.id, label: o.name })) ?? null}
          resources={resources.map((r) => ({ value: r.id, label: r.title }))}
          item={{
            id: item.id,
            name: item.name,
            description: item.description,
            components: item.components,
            ownerOrganisationId: item.ownerOrganisationId,
            location: item.location,
            condition: item.condition,
            instructionsResourceId: item.instructionsResourceId,
            lendable: item.lendable,
            maxLoanDays: item.maxLoanDays,
          }}
        />
      </Card>
    </ClientMessages>
  );
}
