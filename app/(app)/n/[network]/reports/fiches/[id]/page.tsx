import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { buttonVariants } from "@/components/ui/button-variants";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { FicheChanges } from "@/features/reports/fiche/components/fiche-changes";
import { FichePreview } from "@/features/reports/fiche/components/fiche-preview";
import { FicheTextsForm } from "@/features/reports/fiche/components/fiche-texts-form";
import { RecomputeButton } from "@/features/reports/fiche/components/recompute-button";
import { getFicheView } from "@/features/reports/fiche/queries";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("fiches.title");

export default async function FichePage({ params }: PageProps<"/n/[network]/reports/fiches/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "reports.view");
  if (!isUuid(id)) notFound();
  const [t, locale] = await Promise.all([getTranslations("fiches"), getLocale()]);
  const view = await getFicheView(ctx.db, { networkId: ctx.network.id, id, locale });
  if (!view) notFound();
  const { fiche, built } = view;
  const api = `/api/n/${ctx.network.slug}/reports/fiches/${fiche.id}`;
  const lines = Object.fromEntries(
    built.document.sections.flatMap((s) => s.parts.map((p) => [p.key, p.lines])),
  );
  return (
    <ClientMessages namespaces={["fiches"]}>
      <PageHeader
        title={fiche.title}
        description={t(`kinds.${fiche.kind}`)}
        actions={
          <div className="flex flex-wrap gap-2">
            <a className={buttonVariants({ variant: "primary" })} href={`${api}/pdf`}>
              {t("view.exportPdf")}
            </a>
            <a className={buttonVariants({ variant: "secondary" })} href={`${api}/markdown`}>
              {t("view.exportMarkdown")}
            </a>
          </div>
        }
      />
      <div className="space-y-6">
        <p>
          <Link className="underline" href={`/n/${ctx.network.slug}/reports/fiches`}>
            {t("view.back")}
          </Link>
        </p>
        <Card>
          <FicheChanges view={view} locale={locale} />
          {ctx.can("reports.edit") ? (
            <div className="mt-3">
              <RecomputeButton networkSlug={ctx.network.slug} id={fiche.id} />
            </div>
          ) : null}
        </Card>
        {ctx.can("reports.edit") ? (
          <Card>
            <CardTitle>{t("view.texts")}</CardTitle>
            <p className="mb-4 text-sm text-muted">{t("view.textsHint")}</p>
            <FicheTextsForm
              networkSlug={ctx.network.slug}
              fiche={{
                id: fiche.id,
                title: fiche.title,
                structure: fiche.structure,
                contactName: fiche.contactName,
                contactEmail: fiche.contactEmail,
                texts: fiche.texts,
              }}
              lines={lines}
            />
          </Card>
        ) : null}
        <FichePreview doc={built.document} label={t("view.preview")} />
      </div>
    </ClientMessages>
  );
}
