"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { reviewSerdAction } from "@/features/serd/actions";

/** The coordinator's decision on a submitted action: label, request changes or reject. */
export function ReviewPanel({
  networkSlug,
  id,
  version,
  status,
}: {
  networkSlug: string;
  id: string;
  version: number;
  status: string;
}) {
  const t = useTranslations("serd");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await reviewSerdAction(networkSlug, formData);
    if (result.ok) router.refresh();
    return result;
  });
  const problems =
    state && !state.ok && state.fieldErrors
      ? Object.entries(state.fieldErrors).filter(([k]) => k !== "comment")
      : [];
  // Which button was pressed: written into the hidden field before the form is read.
  const choose = (value: string) => (event: React.MouseEvent<HTMLButtonElement>) => {
    (event.currentTarget.form!.elements.namedItem("decision") as HTMLInputElement).value = value;
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {state && !state.ok ? (
        <Alert tone="error">
          <p>{state.error}</p>
          {problems.length ? (
            <ul className="mt-2 list-disc pl-5">
              {problems.map(([k, m]) => (
                <li key={k}>{m.join(" ")}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {state?.ok ? <Alert tone="success">{t("review.done")}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="decision" defaultValue="label" />
      <TextAreaField
        label={t("review.comment")}
        hint={t("review.commentHint")}
        name="comment"
        errors={fieldErrors(state, "comment")}
      />
      <div className="flex flex-wrap gap-3">
        {status === "submitted" ? (
          <>
            <Button type="submit" disabled={pending} onClick={choose("label")}>
              {t("review.label")}
            </Button>
            <Button type="submit" variant="secondary" disabled={pending} onClick={choose("request_changes")}>
              {t("review.requestChanges")}
            </Button>
          </>
        ) : null}
        <Button type="submit" variant="secondary" disabled={pending} onClick={choose("reject")}>
          {t("review.reject")}
        </Button>
      </div>
    </form>
  );
}
