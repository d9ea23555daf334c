"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { saveReviewSectionsAction } from "../actions";

type Labels = Record<
  "heading" | "hint" | "introduction" | "highlights" | "outlook" | "save" | "saved",
  string
>;

/** The coordinator's three texts of a year's review (labels translated by the page). */
export function ReviewSectionsForm({
  networkSlug,
  year,
  values,
  labels,
}: {
  networkSlug: string;
  year: number;
  values: { introduction: string; highlights: string; outlook: string };
  labels: Labels;
}) {
  const [state, onSubmit, pending] = useActionForm((fd) => saveReviewSectionsAction(networkSlug, fd));
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={onSubmit} className="grid gap-3 print:hidden" noValidate aria-labelledby="review-edit">
      <h2 id="review-edit" className="text-xl font-semibold">
        {labels.heading}
      </h2>
      <p className="text-sm text-muted">{labels.hint}</p>
      <input type="hidden" name="year" value={year} />
      {(["introduction", "highlights", "outlook"] as const).map((name) => (
        <TextAreaField
          key={name}
          label={labels[name]}
          name={name}
          defaultValue={values[name]}
          errors={err(name)}
          rows={6}
        />
      ))}
      <div className="space-y-2">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="success">{labels.saved}</Alert> : null}
        <Button type="submit" variant="primary" disabled={pending}>
          {labels.save}
        </Button>
      </div>
    </form>
  );
}
