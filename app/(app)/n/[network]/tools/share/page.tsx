import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { ResourceForm } from "@/features/tools/components/resource-form";
import { listCollections, listOrganisationChoices } from "@/features/tools/queries";
import { resourceFormats } from "@/features/tools/constants";
import { serdPublics, serdThemes } from "@/lib/domain/enums";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("tools.form.title");

export default async function ShareToolPage({ params }: PageProps<"/n/[network]/tools/share">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "tools.propose");
  const t = await getTranslations("tools");
  const ts = await getTranslations("serd");
  const [organisations, collections] = await Promise.all([
    listOrganisationChoices(ctx.db, { networkId: ctx.network.id }),
    listCollections(ctx.db, { networkId: ctx.network.id }),
  ]);
  return (
    <ClientMessages namespaces={["tools"]}>
      <PageHeader title={t("form.title")} />
      <ResourceForm
        networkSlug={ctx.network.slug}
        publishes={ctx.can("tools.share")}
        themes={serdThemes.map((v) => ({ value: v, label: ts(`themes.${v}`) }))}
        formats={resourceFormats.map((v) => ({ value: v, label: t(`formats.${v}`) }))}
        publics={serdPublics.map((v) => ({ value: v, label: ts(`publics.${v}`) }))}
        organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
        collections={collections.map((c) => ({ value: c.id, label: c.name }))}
        defaultOrganisationId={ctx.organisationId}
      />
    </ClientMessages>
  );
}
