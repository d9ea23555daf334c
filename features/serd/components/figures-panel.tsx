import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { EditionFigures } from "@/features/serd/figures";
import { ewwrCategories, serdPublics, serdThemes } from "@/lib/domain/enums";

/** An edition's SERD figures: headline numbers, growth, and the breakdowns as captioned tables. */
export async function FiguresPanel({ figures }: { figures: EditionFigures }) {
  const [t, tSerd, tDirectory, format] = await Promise.all([
    getTranslations("agenda.figures"),
    getTranslations("serd"),
    getTranslations("directory"),
    getFormatter(),
  ]);
  const label = (group: "themes" | "publics", key: string) =>
    (tSerd as unknown as (k: string) => string)(`${group}.${key}`);
  const n = (value: number) => format.number(value);
  const pct = (value: number | null) =>
    value === null
      ? t("notComparable")
      : `${value > 0 ? "+" : ""}${format.number(value / 100, { style: "percent", maximumFractionDigits: 1 })}`;
  const tiles = [
    { label: t("occurrences"), value: n(figures.occurrences) },
    { label: t("actions"), value: n(figures.actions) },
    { label: t("organisations"), value: n(figures.organisations), hint: t("organisationsHint") },
    {
      label: t("participants"),
      value: n(figures.participants.actual),
      hint: t("participantsHint", { expected: n(figures.participants.expected) }),
    },
    {
      label: t("contributions"),
      value: format.number(figures.contributions.amountEur, {
        style: "currency",
        currency: "EUR",
        maximumFractionDigits: 0,
      }),
      hint: t("staffDays", { days: n(figures.contributions.staffDays) }),
    },
  ];
  const breakdown = (
    caption: string,
    column: string,
    keys: readonly string[],
    map: EditionFigures["byTheme"],
    group: "themes" | "publics",
  ) => (
    <Table
      caption={caption}
      headers={[column, t("actionsColumn"), t("occurrencesColumn"), t("participantsColumn")]}
    >
      {keys
        .filter((k) => map[k])
        .map((k) => (
          <tr key={k}>
            <Td>{label(group, k)}</Td>
            <Td>{n(map[k]!.actions)}</Td>
            <Td>{n(map[k]!.occurrences)}</Td>
            <Td>{n(map[k]!.participants)}</Td>
          </tr>
        ))}
    </Table>
  );
  return (
    <Card className="mb-6">
      <CardTitle>{t("title", { year: figures.year })}</CardTitle>
      <p className="mb-4 text-sm text-muted">{t("onlyLabelled")}</p>
      <dl className="mb-6 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {tiles.map((f) => (
          <div key={f.label} className="rounded-md bg-surface p-3">
            <dt className="text-sm text-muted">{f.label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{f.value}</dd>
            {f.hint ? <dd className="text-xs text-muted">{f.hint}</dd> : null}
          </div>
        ))}
      </dl>
      <section aria-labelledby="serd-growth" className="mb-6">
        <h3 id="serd-growth" className="mb-2 font-semibold">
          {figures.previous
            ? figures.comparison.gap
              ? t("growthTitleGap", { year: figures.previous.year, missing: figures.year - 1 })
              : t("growthTitle", { year: figures.previous.year })
            : t("noPrevious")}
        </h3>
        {figures.previous && figures.comparison.upcoming ? (
          <p>{t("growthUpcoming", { year: figures.previous.year })}</p>
        ) : figures.previous && figures.comparison.running ? (
          <p>{t("growthRunning", { year: figures.previous.year })}</p>
        ) : figures.previous ? (
          <ul className="list-disc pl-6">
            <li>
              {t("growthOccurrences", {
                previous: n(figures.previous.occurrences),
                current: n(figures.occurrences),
                growth: pct(figures.growth.occurrences),
              })}
            </li>
            <li>
              {t("growthActions", {
                previous: n(figures.previous.actions),
                current: n(figures.actions),
                growth: pct(figures.growth.actions),
              })}
            </li>
          </ul>
        ) : null}
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        {breakdown(t("byTheme"), t("theme"), serdThemes, figures.byTheme, "themes")}
        {breakdown(t("byPublic"), t("public"), serdPublics, figures.byPublic, "publics")}
        <Table
          caption={t("byCategory")}
          headers={[t("category"), t("organisationsColumn"), t("actionsLedColumn")]}
        >
          {ewwrCategories
            .filter((k) => figures.byCategory[k])
            .map((k) => (
              <tr key={k}>
                <Td>{tDirectory(`ewwr.${k}`)}</Td>
                <Td>{n(figures.byCategory[k]!.organisations)}</Td>
                <Td>{n(figures.byCategory[k]!.actionsLed)}</Td>
              </tr>
            ))}
        </Table>
        <Table
          caption={t("byCommune")}
          headers={[t("commune"), t("actionsColumn"), t("occurrencesColumn"), t("participantsColumn")]}
        >
          {figures.byCommune.map((c) => (
            <tr key={c.communeId ?? "none"}>
              <Td>{c.name ?? t("noCommune")}</Td>
              <Td>{n(c.actions)}</Td>
              <Td>{n(c.occurrences)}</Td>
              <Td>{n(c.participants)}</Td>
            </tr>
          ))}
        </Table>
      </div>
    </Card>
  );
}
