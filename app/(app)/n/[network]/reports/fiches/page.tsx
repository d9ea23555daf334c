import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { FicheCreateForm } from "@/features/reports/fiche/components/fiche-create-form";
import { ficheFocusChoices, listFiches } from "@/features/reports/fiche/queries";
import { parisToday } from "@/lib/domain/paris-time";
import { formatMediumDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("fiches.title");

export default async function FichesPage({ params }: PageProps<"/n/[network]/reports/fiches">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "reports.view");
  const [t, locale] = await Promise.all([getTranslations("fiches"), getLocale()]);
  const scope = { networkId: ctx.network.id };
  const [fiches, choices] = await Promise.all([listFiches(ctx.db, scope), ficheFocusChoices(ctx.db, scope)]);
  const base = `/n/${ctx.network.slug}/reports/fiches`;
  const year = Number(parisToday().slice(0, 4));
  const day = (d: Date | string) => formatMediumDay(typeof d === "string" ? d : d.toISOString().slice(0, 10), locale);
  return (
    <ClientMessages namespaces={["fiches"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {fiches.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <Table
            caption={t("title")}
            headers={[t("columns.title"), t("columns.kind"), t("columns.period"), t("columns.updated")]}
          >
            {fiches.map((f) => (
              <tr key={f.id}>
                <Td>
                  <Link className="underline" href={`${base}/${f.id}`}>
                    {f.title}
                  </Link>
                </Td>
                <Td>{t(`kinds.${f.kind}`)}</Td>
                <Td>{`${day(f.periodStart)} – ${day(f.periodEnd)}`}</Td>
                <Td>{day(f.updatedAt)}</Td>
              </tr>
            ))}
          </Table>
        )}
        {ctx.can("reports.edit") ? (
          <Card>
            <CardTitle>{t("new")}</CardTitle>
            <FicheCreateForm
              networkSlug={ctx.network.slug}
              editions={choices.editions}
              cycles={choices.cycles}
              defaults={{ periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` }}
            />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
