import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Table, Td } from "@/components/ui/table";
import { formatMediumDay } from "@/lib/i18n/format-day";
import type { getFicheView } from "../queries";

type View = NonNullable<Awaited<ReturnType<typeof getFicheView>>>;

/** Whether the saved figures still hold; when not, both dates and the parts that changed, old vs new. */
export async function FicheChanges({ view, locale }: { view: View; locale: string }) {
  const t = await getTranslations("fiches");
  const day = (d: Date) => formatMediumDay(d.toISOString().slice(0, 10), locale);
  const saved = day(view.fiche.figuresComputedAt);
  if (!view.stale) return <p>{t("view.upToDate", { date: saved })}</p>;
  const now = day(view.checkedAt);
  return (
    <div className="space-y-3">
      <Alert tone="info">{t("view.stale", { saved, now })}</Alert>
      <Table
        caption={t("view.changes")}
        headers={[
          t("view.part"),
          t("view.savedFigures", { date: saved }),
          t("view.currentFigures", { date: now }),
        ]}
      >
        {view.changes.map((c) => (
          <tr key={c.part}>
            <Td>{t(`doc.parts.${c.part}`)}</Td>
            <Td>
              <ul className="list-disc pl-5">
                {c.saved.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </Td>
            <Td>
              <ul className="list-disc pl-5">
                {c.current.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
