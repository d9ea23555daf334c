import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatMediumDay } from "@/lib/i18n/format-day";
import { Table, Td } from "@/components/ui/table";
import { StatusBadge } from "./status-badge";

export type ActionRow = {
  id: string;
  title: string;
  status: string;
  themes: string[];
  leadOrganisationName: string;
  occurrences: number;
  firstDate: string | null;
  editionYear?: number;
};

export function ActionTable({
  networkSlug,
  rows,
  caption,
  showEdition = false,
}: {
  networkSlug: string;
  rows: ActionRow[];
  caption: string;
  /** A column with each action's edition (the review queue across editions). */
  showEdition?: boolean;
}) {
  const t = useTranslations("serd");
  const locale = useLocale();
  if (rows.length === 0) return <p className="text-muted">{t("list.empty")}</p>;
  return (
    <Table
      caption={caption}
      headers={[
        t("list.title"),
        ...(showEdition ? [t("list.edition")] : []),
        t("list.lead"),
        t("list.themes"),
        t("list.dates"),
        t("list.status"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <Td>
            <Link className="font-semibold underline" href={`/n/${networkSlug}/serd/actions/${r.id}`}>
              {r.title}
            </Link>
          </Td>
          {showEdition ? <Td>{r.editionYear}</Td> : null}
          <Td>{r.leadOrganisationName}</Td>
          <Td>{r.themes.map((k) => t(`themes.${k}` as "themes.composting")).join(", ")}</Td>
          <Td>{r.firstDate ? t("list.datesValue", { first: formatMediumDay(r.firstDate, locale), n: r.occurrences }) : "—"}</Td>
          <Td>
            <StatusBadge status={r.status} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
