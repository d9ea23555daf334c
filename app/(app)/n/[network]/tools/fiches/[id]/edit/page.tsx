import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { MethodSheetEditor } from "@/features/tools/components/method-sheet-editor";
import { getMethodSheet, getResource, isMethodSheetAuthor, listMethodSheetAuthorIds } from "@/features/tools/queries";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("tools.editor.edit");

// Its co-authors and the coordinator edit a fiche; anyone else finds no such page.
export default async function EditFichePage({ params }: PageProps<"/n/[network]/tools/fiches/[id]/edit">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "tools.propose");
  if (!isUuid(id)) notFound();
  const scope = { networkId: ctx.network.id, resourceId: id };
  const coordinator = ctx.can("tools.publish");
  const row = await getResource(ctx.db, { networkId: ctx.network.id, userId: ctx.userId, canModerate: coordinator, id });
  if (!row || row.resource.kind !== "method_sheet") notFound();
  if (!coordinator && !(await isMethodSheetAuthor(ctx.db, { ...scope, userId: ctx.userId }))) notFound();
  const [sheet, authorIds] = await Promise.all([getMethodSheet(ctx.db, scope), listMethodSheetAuthorIds(ctx.db, scope)]);
  if (!sheet) notFound();
  const t = await getTranslations("tools");
  const r = row.resource;
  return (
    <ClientMessages namespaces={["tools"]}>
      <PageHeader title={t("editor.editTitle", { title: r.title })} description={t("editor.intro")} />
      <MethodSheetEditor
        db={ctx.db}
        networkId={ctx.network.id}
        networkSlug={ctx.network.slug}
        userId={ctx.userId}
        publishes={coordinator}
        values={{
          id: r.id,
          title: r.title,
          description: r.description ?? "",
          themes: r.themes,
          ownerOrganisationId: r.ownerOrganisationId,
          sections: {
            context: sheet.context,
            whatWasDone: sheet.whatWasDone,
            means: sheet.means,
            results: sheet.results,
            tips: sheet.tips,
            contact: sheet.contact,
          },
          coAuthorIds: authorIds.filter((a) => a !== ctx.userId),
        }}
      />
    </ClientMessages>
  );
}
