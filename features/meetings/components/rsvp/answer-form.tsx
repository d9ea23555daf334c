"use client";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { answerAsMemberAction, answerByTokenAction } from "@/features/meetings/rsvp/actions";
import { answers, representableEventTypes, type Answer } from "@/features/meetings/rsvp/constants";

/** Through the personal link (no account), or as a signed-in member of the network. */
export type AnswerTarget = { token: string } | { networkSlug: string; eventId: string };

/**
 * The three answers, an optional message and, for a council, who represents an excused member.
 * Opened from a mail link (`fromLink`), the page records that answer by itself once it runs in a
 * visible browser tab, then offers to add a message or change it. The GET of the link writes
 * nothing: mail scanners fetch links without running pages (decision 0026).
 */
export function AnswerForm({
  initial,
  message,
  representedBy,
  eventType,
  target,
  fromLink = null,
}: {
  initial: Answer | null;
  message: string | null;
  representedBy: string | null;
  eventType: string;
  target: AnswerTarget;
  fromLink?: Answer | null;
}) {
  // Three small branches rather than all of "rsvp": the public answer page ships only these.
  const t = useTranslations("rsvp.answer");
  const tAnswers = useTranslations("rsvp.answers");
  const tStatuses = useTranslations("rsvp.statuses");
  const router = useRouter();
  const pathname = usePathname();
  const [choice, setChoice] = useState<Answer | null>(fromLink ?? initial);
  // Not useActionForm: the page also dispatches the answer of the link, without a form event.
  const [state, dispatch, pending] = useActionState<ActionResult<{ status: string }> | null, FormData>(
    async (_prev, formData) => {
      const result =
        "token" in target
          ? await answerByTokenAction(formData)
          : await answerAsMemberAction(target.networkSlug, formData);
      // Drop "?answer=" once recorded: a reload must not answer again.
      if (result.ok) {
        if (formData.get("via") === "link") router.replace(pathname, { scroll: false });
        router.refresh();
      }
      return result;
    },
    null,
  );
  const sentFromLink = useRef(false);
  useEffect(() => {
    if (!fromLink || !("token" in target) || sentFromLink.current) return;
    if (document.visibilityState !== "visible") return;
    sentFromLink.current = true;
    const formData = new FormData();
    formData.set("token", target.token);
    formData.set("answer", fromLink);
    formData.set("via", "link");
    startTransition(() => dispatch(formData));
  }, [fromLink, target, dispatch]);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  const answerErrors = fieldErrors(state, "answer");
  const representable = representableEventTypes.includes(eventType);
  const waitingForLink = fromLink && !state && pending;
  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      {waitingForLink ? <Alert>{t("recording")}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">
          {t("saved", { status: tStatuses(state.data.status as "registered") })} {t("savedNext")}
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
                checked={a === choice}
                onChange={() => setChoice(a)}
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
      {representable && choice === "excused" ? (
        <TextField
          label={t("representedBy")}
          hint={t("representedByHint")}
          name="representedBy"
          maxLength={200}
          defaultValue={representedBy ?? ""}
          errors={fieldErrors(state, "representedBy")}
        />
      ) : null}
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
