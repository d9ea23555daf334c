import "server-only";
import type { Db } from "@/db/types";
import { indicatorRegistry } from "./indicator-list";
import { listRecordedIndicators } from "./recorded-data";

// What the objective form offers: every computed indicator of the registry and the network's
// recorded ones ("computed:<id>" / "recorded:<uuid>"), and the registry's filters, labels translated.

export async function objectiveChoices(
  db: Db,
  { networkId, t }: { networkId: string; t: (key: string) => string },
) {
  const recorded = await listRecordedIndicators(db, { networkId });
  const indicators = [
    ...indicatorRegistry.map((i) => ({ value: `computed:${i.id}`, label: t(i.labelKey) })),
    ...recorded.map((r) => ({ value: `recorded:${r.id}`, label: r.name })),
  ];
  const filters = [
    ...new Map(
      indicatorRegistry
        .flatMap((i) => i.filters ?? [])
        .flatMap((f) => f.values.map((v) => ({ key: f.key, value: v, label: t(f.labelKey(v)) })))
        .map((f) => [`${f.key}=${f.value}`, f]),
    ).values(),
  ];
  return { indicators, filters, recorded };
}
