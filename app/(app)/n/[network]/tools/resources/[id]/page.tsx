import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/features/tools/components/action-button";
import { MethodSheetSections } from "@/features/tools/components/method-sheet-sections";
import { SendFicheForm } from "@/features/tools/components/send-fiche-form";
import { getMethodSheet, getResource, isMethodSheetAuthor, listMethodSheetAuthors } from "@/features/tools/queries";
import { listSegments } from "@/features/directory/queries";
import { isUuid } from "@/lib/domain/ids";
import type { SerdTheme } from "@/lib/domain/enums";
import type { ResourceFormat } from "@/lib/domain/tools";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("tools.library.title");

export default async function ResourcePage({ params }: PageProps<"/n/[network]/tools/resources/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "tools.read");
  if (!isUuid(id)) notFound();
  const row = await getResource(ctx.db, { networkId: ctx.network.id, userId: ctx.userId, canModerate: ctx.can("tools.publish"), id });
  if (!row) notFound();
  const t = await getTranslations("tools");
  const ts = await getTranslations("serd");
  const format = await getFormatter();
  const r = row.resource;
  const base = `/n/${ctx.network.slug}/tools`;
  const download = `/api/n/${ctx.network.slug}/tools/resources/${r.id}/download`;
  const sheetScope = { networkId: ctx.network.id, resourceId: r.id };
  const sheet = r.kind === "method_sheet" ? await getMethodSheet(ctx.db, sheetScope) : undefined;
  const authors = sheet ? await listMethodSheetAuthors(ctx.db, sheetScope) : [];
  const coordinator = ctx.can("tools.publish");
  const mayEdit =
    !!sheet && ctx.can("tools.propose") && (coordinator || (await isMethodSheetAuthor(ctx.db, { ...sheetScope, userId: ctx.userId })));
  const segments = sheet && coordinator && r.status === "published" ? await listSegments(ctx.db, { networkId: ctx.network.id }) : null;
  return (
    <ClientMessages namespaces={["tools"]}>
      <p className="mb-2">
        <Link className="underline" href={base}>
          {t("resource.back")}
        </Link>
      </p>
      <PageHeader
        title={r.title}
        description={t(`kinds.${r.kind}`)}
        actions={
          <div className="flex flex-wrap gap-2">
            {mayEdit ? (
              <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/fiches/${r.id}/edit`}>
                {t("editor.edit")}
              </Link>
            ) : null}
            {coordinator && (r.status === "proposed" || (sheet && r.status === "draft")) ? (
              <ActionButton action="publish" networkSlug={ctx.network.slug} id={r.id} variant="primary" />
            ) : null}
          </div>
        }
      />
      <Card className="space-y-3">
        {r.status !== "published" ? <Badge tone="warning">{t(`statuses.${r.status}`)}</Badge> : null}
        {sheet && r.status !== "published" ? (
          <p className="text-sm text-muted">{t(r.status === "draft" ? "editor.draftNote" : "editor.proposedNote")}</p>
        ) : null}
        {r.description ? <p className="whitespace-pre-line">{r.description}</p> : null}
        {r.body ? <p className="whitespace-pre-line">{r.body}</p> : null}
        <p className="text-sm text-muted">
          {t("resource.sharedBy", {
            name: row.sharedByName ?? "—",
            date: format.dateTime(r.createdAt, { dateStyle: "medium", timeZone: "Europe/Paris" }),
          })}
          {row.organisationName ? ` · ${t("resource.owner", { name: row.organisationName })}` : null}
          {" · "}
          {t("resource.uses", { count: row.downloads })}
        </p>
        {r.themes.length > 0 ? (
          <p>
            <span className="font-semibold">{t("resource.themes")} : </span>
            {r.themes.map((k) => ts(`themes.${k as SerdTheme}`)).join(", ")}
          </p>
        ) : null}
        {r.formats.length > 0 ? (
          <p>
            <span className="font-semibold">{t("resource.formats")} : </span>
            {r.formats.map((k) => t(`formats.${k as ResourceFormat}`)).join(", ")}
          </p>
        ) : null}
        {sheet ? (
          <MethodSheetSections sections={sheet} authors={authors} pdfHref={`/api/n/${ctx.network.slug}/tools/resources/${r.id}/pdf`} />
        ) : null}
        {r.kind === "document" && r.fileId ? (
          <a className={buttonVariants()} href={download}>
            {t("resource.download")} ({r.fileName})
          </a>
        ) : null}
        {r.kind === "link" && r.url ? (
          <a className={buttonVariants()} href={download} rel="noopener noreferrer">
            {t("resource.open")}
          </a>
        ) : null}
      </Card>
      {segments ? (
        <Card className="mt-6">
          <CardTitle>{t("send.title")}</CardTitle>
          <SendFicheForm
            networkSlug={ctx.network.slug}
            resourceId={r.id}
            segments={segments.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Card>
      ) : null}
    </ClientMessages>
  );
}
