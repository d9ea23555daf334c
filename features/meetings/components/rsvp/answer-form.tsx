"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { answerAsMemberAction, answerByTokenAction } from "@/features/meetings/rsvp/actions";
import { answers, type Answer } from "@/features/meetings/rsvp/constants";

/** Through the personal link (no account), or as a signed-in member of the network. */
export type AnswerTarget = { token: string } | { networkSlug: string; eventId: string };

/**
 * The three answers and an optional message. Opening an email link only preselects a choice:
 * mail scanners follow links, so nothing is recorded until the person presses the button.
 */
export function AnswerForm({
  initial,
  message,
  target,
}: {
  initial: Answer | null;
  message: string | null;
  target: AnswerTarget;
}) {
  // Three small branches rather than all of "rsvp": the public answer page ships only these.
  const t = useTranslations("rsvp.answer");
  const tAnswers = useTranslations("rsvp.answers");
  const tStatuses = useTranslations("rsvp.statuses");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result =
      "token" in target
        ? await answerByTokenAction(formData)
        : await answerAsMemberAction(target.networkSlug, formData);
    if (result.ok) router.refresh();
    return result;
  });
  const answerErrors = fieldErrors(state, "answer");
  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">
          {t("saved", { status: tStatuses(state.data.status as "registered") })}
        </Alert>
      ) : null}
      {"token" in target ? (
        <input type="hidden" name="token" value={target.token} />
      ) : (
        <input type="hidden" name="eventId" value={target.eventId} />
      )}
      <fieldset aria-describedby={answerErrors ? "answer-error" : undefined}>
        <legend className="mb-2 font-semibold">{t("choice")}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {answers.map((a) => (
            <label
              key={a}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-white px-3 py-2 has-[:checked]:border-brand has-[:checked]:ring-2 has-[:checked]:ring-brand"
            >
              <input
                type="radio"
                name="answer"
                value={a}
                defaultChecked={a === initial}
                className="size-5 accent-brand"
              />
              <span className="font-medium">{tAnswers(a)}</span>
            </label>
          ))}
        </div>
        {answerErrors ? (
          <p id="answer-error" className="mt-1 text-sm font-medium text-danger">
            {answerErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        label={t("message")}
        hint={t("messageHint")}
        name="message"
        maxLength={1000}
        defaultValue={message ?? ""}
        errors={fieldErrors(state, "message")}
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
