"use client";
import { useTranslations } from "next-intl";
import { Table, Td } from "@/components/ui/table";
import type { RowError } from "@/features/directory/import/constants";

/** The errors to fix in the file, by row number (as in the spreadsheet) and column. */
export function RowErrors({ errors, errorCount }: { errors: RowError[]; errorCount: number }) {
  const t = useTranslations("import.review");
  return (
    <section aria-labelledby="import-errors-title" className="space-y-3">
      <h4 id="import-errors-title" className="text-base font-semibold text-danger">
        {t("errorsTitle")}
      </h4>
      <p>{t("errorsIntro")}</p>
      <Table caption={t("errorsCaption")} headers={[t("row"), t("column"), t("error")]}>
        {errors.map((e, i) => (
          <tr key={i}>
            <Td>{e.row}</Td>
            <Td>{e.column || t("empty")}</Td>
            <Td>{e.message}</Td>
          </tr>
        ))}
      </Table>
      {errorCount > errors.length ? <p>{t("moreErrors", { count: errorCount - errors.length })}</p> : null}
    </section>
  );
}
