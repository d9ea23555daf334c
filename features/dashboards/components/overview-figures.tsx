import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import type { NetworkKind } from "@/lib/domain/enums";
import type { OverviewTile } from "../overview";
import { formatValue } from "./figure-card";

/**
 * The figures that fit the network's kind, on its overview:
 * `<OverviewFigures kind={kind} tiles={await getOverviewFigures(db, { networkId, kind, today })} />`.
 */
export async function OverviewFigures({ kind, tiles }: { kind: NetworkKind; tiles: OverviewTile[] }) {
  const [t, format] = await Promise.all([getTranslations("dashboards.overview"), getFormatter()]);
  const value = (tile: OverviewTile, n: number) => formatValue(format, tile.unit, n);
  return (
    <Card className="mb-6">
      <CardTitle>{t("title")}</CardTitle>
      <p className="mb-4 text-sm text-muted">{t(`intro.${kind}`)}</p>
      {tiles.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {tiles.map((tile) => {
            const label = tile.key ? t(`tiles.${tile.key}`) : (tile.name ?? "");
            const shown =
              tile.ofCommunes === null
                ? value(tile, tile.value)
                : t("ofCommunes", { value: value(tile, tile.value), total: tile.ofCommunes });
            return (
              <div key={tile.key ?? tile.name} className="rounded-md bg-surface p-3">
                <dt className="text-sm text-muted">{label}</dt>
                <dd>
                  <span className="text-3xl font-bold tabular-nums">{shown}</span>{" "}
                  <span className="text-sm text-muted">
                    {t(tile.over === "sum" ? "total" : "latest", { year: String(tile.year) })}
                  </span>
                  {/* The years behind the figure, when they differ (a steady count says nothing more). */}
                  {new Set(tile.series.map((p) => p.value)).size > 1 ? (
                    <span className="mt-1 block text-xs text-muted">
                      <span className="sr-only">{t("series")} : </span>
                      {tile.series.map((p) => `${p.year} : ${value(tile, p.value)}`).join(" · ")}
                    </span>
                  ) : null}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </Card>
  );
}
