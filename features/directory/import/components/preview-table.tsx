"use client";
import { useTranslations } from "next-intl";
import { Table, Td } from "@/components/ui/table";
import type { AnalyseResult, ImportKind } from "@/features/directory/import/constants";
import { useFieldLabel } from "./use-field-label";

/** The first rows of the file, under the directory fields they were mapped to. */
export function PreviewTable({ kind, preview }: { kind: ImportKind; preview: AnalyseResult["preview"] }) {
  const t = useTranslations("import.review");
  const label = useFieldLabel(kind);
  return (
    <section aria-labelledby="import-preview-title" className="space-y-3">
      <h4 id="import-preview-title" className="text-base font-semibold">
        {t("previewTitle")}
      </h4>
      <Table caption={t("previewCaption")} headers={[t("row"), ...preview.fields.map(label)]}>
        {preview.rows.map((r) => (
          <tr key={r.row}>
            <Td>{r.row}</Td>
            {r.cells.map((cell, i) => (
              <Td key={i}>
                <span className="whitespace-pre-line">{cell || t("empty")}</span>
              </Td>
            ))}
          </tr>
        ))}
      </Table>
    </section>
  );
}
