import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { MeetingFigures as MeetingFiguresData } from "@/features/meetings/figures";
import { eventTypes } from "@/lib/domain/enums";

/**
 * The network's meeting figures on the overview page:
 * `<MeetingFigures figures={await getMeetingFigures(ctx.db, { networkId: ctx.network.id })} />`.
 */
export async function MeetingFigures({
  figures: f,
  councils = true,
}: {
  figures: MeetingFiguresData;
  /** False for a network without actors' councils (ambassadors, exchange, internal): no council averages. */
  councils?: boolean;
}) {
  const t = await getTranslations("meetings.figures");
  const tm = await getTranslations("meetings");
  const years = [...new Set(f.byTypeAndYear.map((r) => r.year))];
  const types = eventTypes.filter((k) => f.byTypeAndYear.some((r) => r.eventType === k));
  const cell = (year: number, type: string) =>
    f.byTypeAndYear.find((r) => r.year === year && r.eventType === type)?.count ?? 0;
  const format = await getFormatter();
  const decimal = (n: number | null) => (n === null ? "–" : format.number(n, { maximumFractionDigits: 1 }));
  const councilTiles = [
    { label: t("councils"), value: String(f.councils.held) },
    { label: t("avgPresent"), value: decimal(f.councils.averagePresent) },
    { label: t("avgExcused"), value: decimal(f.councils.averageExcused) },
  ];
  const tiles = [
    ...(councils ? councilTiles : []),
    {
      label: t("communesPresent"),
      value: t("communesPresentValue", { present: f.communes.present, total: f.communes.total }),
    },
  ];
  return (
    <Card className="mb-6">
      <CardTitle>{t("title")}</CardTitle>
      {years.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <>
          <dl className="mb-6 grid grid-cols-2 gap-4 sm:grid-cols-4">
            {tiles.map((tile) => (
              <div key={tile.label} className="rounded-md bg-surface p-3">
                <dt className="text-sm text-muted">{tile.label}</dt>
                <dd className="text-3xl font-bold tabular-nums">{tile.value}</dd>
              </div>
            ))}
          </dl>
          <div className="grid gap-6 lg:grid-cols-2">
            <Table caption={t("byTypeAndYear")} headers={[t("type"), ...years.map(String)]}>
              {types.map((type) => (
                <tr key={type}>
                  <Td>{tm(`eventTypes.${type}`)}</Td>
                  {years.map((y) => (
                    <Td key={y}>{cell(y, type)}</Td>
                  ))}
                </tr>
              ))}
            </Table>
            <Table
              caption={t("medianIntervalCaption")}
              headers={[t("year"), t("meetingsHeld"), t("medianInterval")]}
            >
              {f.medianIntervalByYear.map((r) => (
                <tr key={r.year}>
                  <Td>{r.year}</Td>
                  <Td>{r.meetings}</Td>
                  <Td>{r.medianDays === null ? t("notEnough") : t("days", { days: r.medianDays })}</Td>
                </tr>
              ))}
            </Table>
          </div>
          {councils ? (
            <>
              <h3 className="mt-6 mb-1 font-semibold">{t("stoppedComing")}</h3>
              <p className="mb-2 text-sm text-muted">{t("stoppedComingHint")}</p>
              {f.stoppedComing === null ? (
                <p>{t("stoppedComingTooFew")}</p>
              ) : f.stoppedComing.length === 0 ? (
                <p>{t("stoppedComingNone")}</p>
              ) : (
                <ul className="list-disc columns-1 pl-5 sm:columns-2">
                  {f.stoppedComing.map((o) => (
                    <li key={o.id}>{o.name}</li>
                  ))}
                </ul>
              )}
            </>
          ) : null}
        </>
      )}
    </Card>
  );
}
