import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { MethodSheetEditor } from "@/features/tools/components/method-sheet-editor";
import { methodSheetSections } from "@/features/tools/constants";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("tools.editor.newTitle");

export default async function NewFichePage({ params }: PageProps<"/n/[network]/tools/fiches/new">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "tools.propose");
  const t = await getTranslations("tools");
  return (
    <ClientMessages namespaces={["tools"]}>
      <PageHeader title={t("editor.newTitle")} description={t("editor.intro")} />
      <MethodSheetEditor
        db={ctx.db}
        networkId={ctx.network.id}
        networkSlug={ctx.network.slug}
        userId={ctx.userId}
        publishes={ctx.can("tools.publish")}
        values={{
          id: null,
          title: "",
          description: "",
          themes: [],
          ownerOrganisationId: ctx.organisationId,
          sections: Object.fromEntries(methodSheetSections.map((k) => [k, ""])) as Record<(typeof methodSheetSections)[number], string>,
          coAuthorIds: [],
        }}
      />
    </ClientMessages>
  );
}
