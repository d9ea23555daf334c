"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AnalyseResult, DuplicateChoice } from "@/features/directory/import/constants";
import { DuplicateChoices } from "./duplicate-choices";
import { PreviewTable } from "./preview-table";
import { RowErrors } from "./row-errors";

export type Choices = { choices: Record<string, DuplicateChoice>; defaultChoice: DuplicateChoice };

/** Step 3: the preview, the errors and the duplicates; nothing is written before "Importer". */
export function ReviewStep({
  analysis,
  error,
  onBack,
  onConfirm,
}: {
  analysis: AnalyseResult;
  error: string | null;
  onBack: () => void;
  onConfirm: (choices: Choices) => void;
}) {
  const t = useTranslations("import.review");
  const [defaultChoice, setDefaultChoice] = useState<DuplicateChoice>("skip");
  const [choices, setChoices] = useState<Record<string, DuplicateChoice>>({});
  const hasErrors = analysis.errorCount > 0;
  return (
    <div className="space-y-6">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p>
        {t("summary", {
          rowCount: analysis.rowCount,
          errorCount: analysis.errorCount,
          duplicateCount: analysis.duplicateCount,
        })}{" "}
        {t("nothingWritten")}
      </p>
      <PreviewTable kind={analysis.kind} preview={analysis.preview} />
      {hasErrors ? <RowErrors errors={analysis.errors} errorCount={analysis.errorCount} /> : null}
      {!hasErrors && analysis.duplicateCount > 0 ? (
        <DuplicateChoices
          duplicates={analysis.duplicates}
          duplicateCount={analysis.duplicateCount}
          allowCreate={analysis.kind === "organisations"}
          defaultChoice={defaultChoice}
          choices={choices}
          onDefaultChoice={(choice) => {
            // A choice for all resets the row-by-row choices.
            setDefaultChoice(choice);
            setChoices({});
          }}
          onChoice={(row, choice) => setChoices((current) => ({ ...current, [row]: choice }))}
        />
      ) : null}
      <div className="flex flex-wrap gap-3">
        {!hasErrors ? (
          <Button onClick={() => onConfirm({ choices, defaultChoice })}>{t("confirm")}</Button>
        ) : null}
        <Button variant="secondary" onClick={onBack}>
          {t("back")}
        </Button>
      </div>
    </div>
  );
}
