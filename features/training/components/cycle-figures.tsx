import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { Conversion, CycleFigures } from "../figures";

/** The cycle's figures, each with its definition; the conversion with who did and who did not. */
export async function CycleFiguresCard({
  figures,
  conversion,
  editions,
  editionId,
}: {
  figures: CycleFigures;
  conversion: Conversion | null;
  editions: { id: string; year: number }[];
  editionId: string | null;
}) {
  const t = await getTranslations("training");
  const format = await getFormatter();
  const pct = (v: number | null) => (v === null ? t("figures.none") : format.number(v, { style: "percent" }));
  const rows: [string, string | number][] = [
    [t("figures.enrolled"), figures.enrolled],
    [t("figures.waiting"), figures.waiting],
    [t("figures.trained"), figures.trained],
    [t("figures.completed"), figures.completed],
    [t("figures.assiduity"), pct(figures.assiduity)],
    [t("figures.hoursDelivered"), t("hours", { hours: format.number(figures.hoursDelivered) })],
  ];
  return (
    <Card className="mb-6">
      <CardTitle>{t("figures.title")}</CardTitle>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-4 border-b border-line py-1">
            <dt>{label}</dt>
            <dd className="font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-6 text-lg font-semibold">{t("figures.conversion")}</h3>
      <p className="text-sm">{t("figures.conversionDefinition")}</p>
      {editions.length > 0 ? (
        <form method="get" className="my-2 flex items-end gap-2">
          <label className="flex flex-col text-sm">
            {t("figures.edition")}
            <select name="edition" defaultValue={editionId ?? ""} className="rounded border border-line px-2 py-1">
              {editions.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.year}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-line px-3 py-1">
            {t("figures.show")}
          </button>
        </form>
      ) : null}
      {conversion ? (
        <>
          <p className="text-2xl font-bold" data-testid="conversion-share">
            {pct(conversion.share)}
          </p>
          <p>{t("figures.conversionValue", { acting: conversion.acting, trained: conversion.trained })}</p>
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            {(
              [
                ["did", conversion.did],
                ["didNot", conversion.didNot],
              ] as const
            ).map(([key, people]) => (
              <Table key={key} caption={t(`figures.${key}`)} headers={[t("figures.person"), t("figures.organisation")]}>
                {people.map((p) => (
                  <tr key={p.contactId}>
                    <Td>{`${p.firstName} ${p.lastName}`}</Td>
                    <Td>{p.organisationName ?? t("figures.none")}</Td>
                  </tr>
                ))}
              </Table>
            ))}
          </div>
        </>
      ) : null}
    </Card>
  );
}
