import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { parisDateKey } from "@/lib/domain/paris-time";
import { clockTime, formatMediumDay } from "@/lib/i18n/format-day";
import { StatusBadge } from "./status-badge";

export type NotificationRow = {
  id: string;
  kind: "submitted" | "resubmitted";
  createdAt: Date;
  readAt: Date | null;
  actionId: string;
  title: string;
  status: string;
  organisation: string;
  year: number;
};

/** The reviewer's submissions received, newest first; unread ones say "Nouvelle". */
export function NotificationList({ networkSlug, rows }: { networkSlug: string; rows: NotificationRow[] }) {
  const t = useTranslations("serd");
  const locale = useLocale();
  if (rows.length === 0) return <p className="text-muted">{t("notifications.empty")}</p>;
  return (
    <Table
      caption={t("notifications.caption")}
      headers={[
        t("notifications.when"),
        t("notifications.what"),
        t("notifications.action"),
        t("notifications.organisation"),
        t("notifications.edition"),
        t("list.status"),
        t("notifications.state"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} className={r.readAt ? undefined : "font-semibold"}>
          <Td>
            {formatMediumDay(parisDateKey(r.createdAt), locale)}, {clockTime(r.createdAt, locale)}
          </Td>
          <Td>{t(`notifications.kinds.${r.kind}`)}</Td>
          <Td>
            <Link className="underline" href={`/n/${networkSlug}/serd/actions/${r.actionId}`}>
              {r.title}
            </Link>
          </Td>
          <Td>{r.organisation}</Td>
          <Td>{r.year}</Td>
          <Td>
            <StatusBadge status={r.status} />
          </Td>
          <Td>
            {r.readAt ? t("notifications.read") : <Badge tone="warning">{t("notifications.new")}</Badge>}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
