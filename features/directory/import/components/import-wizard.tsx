"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { AnalyseResult, CommitResult, UploadResult } from "@/features/directory/import/constants";
import { ImportProgress } from "./import-progress";
import { ImportSummary } from "./import-summary";
import { MappingForm } from "./mapping-form";
import { ReviewStep, type Choices } from "./review-step";
import { streamCommit } from "./stream-commit";
import { UploadForm } from "./upload-form";

type Analysed = { upload: UploadResult; mapping: string[]; analysis: AnalyseResult };
type WizardState =
  | { step: "upload" }
  | { step: "mapping"; upload: UploadResult; mapping: string[] }
  | ({ step: "review"; error: string | null } & Analysed)
  | ({ step: "commit"; done: number; total: number } & Analysed)
  | { step: "done"; result: CommitResult };

const stepNumbers = { upload: 1, mapping: 2, review: 3, commit: 4 } as const;

/** The import, one step at a time: file → column mapping → review → import with progress → summary. */
export function ImportWizard({ networkSlug }: { networkSlug: string }) {
  const t = useTranslations("import");
  const [state, setState] = useState<WizardState>({ step: "upload" });
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);

  // Each new step moves the focus to its heading, so that screen readers announce where the user is.
  useEffect(() => {
    if (mounted.current) heading.current?.focus();
    mounted.current = true;
  }, [state.step]);

  const commit = async (analysed: Analysed, { choices, defaultChoice }: Choices) => {
    setState({ ...analysed, step: "commit", done: 0, total: analysed.analysis.rowCount });
    const result = await streamCommit(
      networkSlug,
      { batchId: analysed.upload.batchId, mapping: analysed.mapping, choices, defaultChoice },
      (done, total) => setState((s) => (s.step === "commit" ? { ...s, done, total } : s)),
      t("progress.failed"),
    );
    setState(
      result.ok
        ? { step: "done", result: result.data }
        : { ...analysed, step: "review", error: result.error },
    );
  };

  return (
    <div className="space-y-6">
      <h3 ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {state.step === "done"
          ? t("done.title")
          : t("step", { current: stepNumbers[state.step], total: 4, name: t(`steps.${state.step}`) })}
      </h3>
      {state.step === "upload" ? (
        <UploadForm
          networkSlug={networkSlug}
          onUploaded={(upload) => setState({ step: "mapping", upload, mapping: upload.mapping })}
        />
      ) : null}
      {state.step === "mapping" ? (
        <MappingForm
          networkSlug={networkSlug}
          upload={state.upload}
          initialMapping={state.mapping}
          onBack={() => setState({ step: "upload" })}
          onAnalysed={(mapping, analysis) =>
            setState({ step: "review", upload: state.upload, mapping, analysis, error: null })
          }
        />
      ) : null}
      {state.step === "review" ? (
        <ReviewStep
          analysis={state.analysis}
          error={state.error}
          onBack={() => setState({ step: "mapping", upload: state.upload, mapping: state.mapping })}
          onConfirm={(choices) =>
            void commit({ upload: state.upload, mapping: state.mapping, analysis: state.analysis }, choices)
          }
        />
      ) : null}
      {state.step === "commit" ? (
        <>
          <p className="font-semibold">{t("progress.title")}</p>
          <ImportProgress done={state.done} total={state.total} />
        </>
      ) : null}
      {state.step === "done" ? (
        <ImportSummary
          networkSlug={networkSlug}
          result={state.result}
          onAgain={() => setState({ step: "upload" })}
        />
      ) : null}
    </div>
  );
}
