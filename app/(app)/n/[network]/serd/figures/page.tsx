import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FiguresPanel } from "@/features/serd/components/figures-panel";
import { buttonVariants } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { getEditionFigures, listFigureEditions } from "@/features/serd/figures";
import { currentEdition } from "@/features/serd/queries";
import { parisToday } from "@/lib/domain/paris-time";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { firstValues } from "@/lib/url";

export const generateMetadata = pageTitle("agenda.figures.pageTitle");

export default async function SerdFiguresPage({
  params,
  searchParams,
}: PageProps<"/n/[network]/serd/figures">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "dashboard.read");
  const { edition: editionParam } = firstValues(await searchParams);
  const t = await getTranslations("agenda.figures");
  const editions = await listFigureEditions(ctx.db, { networkId: ctx.network.id });
  if (editions.length === 0) {
    return (
      <>
        <PageHeader title={t("pageTitle")} />
        <p>{t("noEdition")}</p>
      </>
    );
  }
  const today = parisToday();
  const editionId =
    editionParam ?? (await currentEdition(ctx.db, { networkId: ctx.network.id, today }))?.id ?? editions[0]!.id;
  if (!isUuid(editionId)) notFound();
  const figures = await getEditionFigures(ctx.db, { networkId: ctx.network.id, editionId, today });
  if (!figures) notFound();
  const exportHref = (format: "csv" | "xlsx") =>
    `/api/n/${ctx.network.slug}/serd/export?edition=${editionId}&format=${format}`;
  return (
    <>
      <PageHeader
        title={t("pageTitle")}
        actions={
          <div className="flex flex-wrap gap-2">
            <a
              className={buttonVariants({ variant: "secondary" })}
              href={`/agenda/${ctx.network.slug}/${figures.year}`}
            >
              {t("publicAgenda")}
            </a>
            {ctx.can("serd.export") ? (
              <>
                <a className={buttonVariants({ variant: "secondary" })} href={exportHref("csv")} download>
                  {t("exportCsv")}
                </a>
                <a className={buttonVariants({ variant: "secondary" })} href={exportHref("xlsx")} download>
                  {t("exportXlsx")}
                </a>
              </>
            ) : null}
          </div>
        }
      />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-40">
          <SelectField label={t("edition")} name="edition" defaultValue={editionId}>
            {editions.map((e) => (
              <option key={e.id} value={e.id}>
                {e.year}
              </option>
            ))}
          </SelectField>
        </div>
        <button type="submit" className={buttonVariants()}>
          {t("show")}
        </button>
      </form>
      <FiguresPanel figures={figures} />
    </>
  );
}
