import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import type { EventType } from "@/lib/domain/enums";

export type EventRow = {
  id: string;
  title: string;
  eventType: EventType;
  startsAt: Date;
  endsAt: Date;
  status: "planned" | "held" | "cancelled";
  place: string | null;
  onlineUrl: string | null;
  seriesId: string | null;
  communeName: string | null;
};

export async function EventListTable({
  caption,
  rows,
  eventHref,
}: {
  caption: string;
  rows: EventRow[];
  eventHref: (id: string) => string;
}) {
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  return (
    <Table
      caption={caption}
      headers={[
        t("fields.when"),
        t("fields.title"),
        t("fields.eventType"),
        t("fields.place"),
        t("fields.status"),
      ]}
    >
      {rows.map((e) => (
        <tr key={e.id}>
          <Td>
            <time dateTime={e.startsAt.toISOString()}>
              {format.dateTimeRange(e.startsAt, e.endsAt, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </Td>
          <Td>
            <Link className="font-semibold underline" href={eventHref(e.id)}>
              {e.title}
            </Link>{" "}
            {e.seriesId ? <Badge>{t("list.seriesBadge")}</Badge> : null}
          </Td>
          <Td>{t(`eventTypes.${e.eventType}`)}</Td>
          <Td>
            {[e.place, e.communeName].filter(Boolean).join(", ") ||
              (e.onlineUrl ? t("fields.online") : t("fields.none"))}
          </Td>
          <Td>
            {e.status === "cancelled" ? (
              <Badge tone="warning">{t("statuses.cancelled")}</Badge>
            ) : (
              t(`statuses.${e.status}`)
            )}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
