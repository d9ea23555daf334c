"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Table, Td } from "@/components/ui/table";
import { fieldErrors } from "@/components/ui/use-action-form";
import { analyseImportAction } from "@/features/directory/import/actions";
import {
  fieldsOf,
  requiredFields,
  type AnalyseResult,
  type ImportField,
  type UploadResult,
} from "@/features/directory/import/constants";
import type { ActionResult } from "@/lib/action-result";
import { useFieldLabel } from "./use-field-label";

/** Step 2: each column of the file and the directory field it holds, pre-filled by the guess. */
export function MappingForm({
  networkSlug,
  upload,
  initialMapping,
  onBack,
  onAnalysed,
}: {
  networkSlug: string;
  upload: UploadResult;
  initialMapping: string[];
  onBack: () => void;
  onAnalysed: (mapping: string[], analysis: AnalyseResult) => void;
}) {
  const t = useTranslations("import");
  const label = useFieldLabel(upload.kind);
  const [mapping, setMapping] = useState(initialMapping);
  const [result, setResult] = useState<ActionResult<AnalyseResult> | null>(null);
  const [pending, startTransition] = useTransition();
  const required = new Set<ImportField>(requiredFields[upload.kind]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(async () => {
      const analysed = await analyseImportAction(networkSlug, { batchId: upload.batchId, mapping });
      setResult(analysed);
      if (analysed.ok) onAnalysed(mapping, analysed.data);
    });
  };
  const formError = result && !result.ok ? (fieldErrors(result, "mapping")?.[0] ?? result.error) : null;

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <p>{t("mapping.intro", { rowCount: upload.rowCount, fileName: upload.fileName })}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Table
        caption={t("mapping.caption")}
        headers={[t("mapping.column"), t("mapping.examples"), t("mapping.target")]}
      >
        {upload.headers.map((header, i) => (
          <tr key={i}>
            <Td>
              <span className="font-semibold">{header}</span>
            </Td>
            <Td>
              <span className="text-muted">
                {upload.samples[i]?.length ? upload.samples[i]!.join(" · ") : t("review.empty")}
              </span>
            </Td>
            <Td>
              <SelectField
                label={<span className="sr-only">{t("mapping.targetFor", { column: header })}</span>}
                name={`mapping-${i}`}
                value={mapping[i] ?? ""}
                onChange={(event) => {
                  const next = [...mapping];
                  next[i] = event.target.value;
                  setMapping(next);
                }}
                errors={fieldErrors(result, `mapping.${i}`)}
              >
                <option value="">{t("mapping.ignore")}</option>
                {fieldsOf[upload.kind].map((field) => (
                  <option key={field} value={field}>
                    {required.has(field) ? t("mapping.required", { label: label(field) }) : label(field)}
                  </option>
                ))}
              </SelectField>
            </Td>
          </tr>
        ))}
      </Table>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("mapping.analysing") : t("mapping.analyse")}
        </Button>
        <Button variant="secondary" onClick={onBack} disabled={pending}>
          {t("mapping.back")}
        </Button>
      </div>
    </form>
  );
}
