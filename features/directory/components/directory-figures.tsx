import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { DirectoryFiguresData } from "@/features/directory/types";
import { actorTypes, engagementStatuses } from "@/lib/domain/enums";
import { toQuery } from "@/lib/url";

/** The directory's figures on the overview; each count links to the list it counts. */
export async function DirectoryFigures({
  figures,
  listHref,
}: {
  figures: DirectoryFiguresData;
  listHref: string | null;
}) {
  const t = await getTranslations("directory");
  const tiles = [
    { label: t("figures.organisations"), value: String(figures.organisations) },
    { label: t("figures.contacts"), value: String(figures.contacts) },
    { label: t("figures.relayActors"), value: String(figures.relayActors) },
    {
      label: t("figures.communesCovered"),
      value: t("figures.communesCoveredValue", {
        covered: figures.communesCovered,
        total: figures.memberCommunes,
      }),
    },
  ];
  const count = (filter: Record<string, string>, n: number) =>
    listHref && n > 0 ? (
      <Link className="underline" href={`${listHref}${toQuery(filter)}`}>
        {n}
      </Link>
    ) : (
      n
    );
  return (
    <Card className="mb-6">
      <CardTitle>{t("figures.title")}</CardTitle>
      <dl className="mb-6 grid grid-cols-2 gap-4 sm:grid-cols-4">
        {tiles.map((f) => (
          <div key={f.label} className="rounded-md bg-surface p-3">
            <dt className="text-sm text-muted">{f.label}</dt>
            <dd className="text-3xl font-bold tabular-nums">{f.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <Table caption={t("figures.byType")} headers={[t("fields.actorType"), t("figures.count")]}>
          {actorTypes
            .filter((k) => figures.byType[k])
            .map((k) => (
              <tr key={k}>
                <Td>{t(`actorTypes.${k}`)}</Td>
                <Td>{count({ type: k }, figures.byType[k] ?? 0)}</Td>
              </tr>
            ))}
        </Table>
        <Table caption={t("figures.byStatus")} headers={[t("fields.status"), t("figures.count")]}>
          {engagementStatuses.map((k) => (
            <tr key={k}>
              <Td>{t(`statuses.${k}`)}</Td>
              <Td>{count({ status: k }, figures.byStatus[k] ?? 0)}</Td>
            </tr>
          ))}
        </Table>
      </div>
    </Card>
  );
}
