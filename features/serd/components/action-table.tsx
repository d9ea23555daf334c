import Link from "next/link";
import { useTranslations } from "next-intl";
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
};

export function ActionTable({
  networkSlug,
  rows,
  caption,
}: {
  networkSlug: string;
  rows: ActionRow[];
  caption: string;
}) {
  const t = useTranslations("serd");
  if (rows.length === 0) return <p className="text-muted">{t("list.empty")}</p>;
  return (
    <Table
      caption={caption}
      headers={[t("list.title"), t("list.lead"), t("list.themes"), t("list.dates"), t("list.status")]}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <Td>
            <Link className="font-semibold underline" href={`/n/${networkSlug}/serd/actions/${r.id}`}>
              {r.title}
            </Link>
          </Td>
          <Td>{r.leadOrganisationName}</Td>
          <Td>{r.themes.map((k) => t(`themes.${k}` as "themes.composting")).join(", ")}</Td>
          <Td>{r.firstDate ? t("list.datesValue", { first: r.firstDate, n: r.occurrences }) : "—"}</Td>
          <Td>
            <StatusBadge status={r.status} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
