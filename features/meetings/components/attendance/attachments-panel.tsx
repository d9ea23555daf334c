"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { deleteAttachmentAction, uploadAttachmentAction } from "@/features/meetings/attendance/actions";
import { attachmentAccept, maxAttachmentBytes } from "@/features/meetings/attendance/constants";

/** The upload form; a file over the limit is refused before it is sent. */
export function AttachmentUpload({ networkSlug, eventId }: { networkSlug: string; eventId: string }) {
  const t = useTranslations("attendance.attachments");
  const formRef = useRef<HTMLFormElement>(null);
  const [tooBig, setTooBig] = useState(false);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await uploadAttachmentAction(networkSlug, formData);
    if (result.ok) formRef.current?.reset();
    return result;
  });
  const errors = tooBig ? [t("tooBig")] : fieldErrors(state, "file");
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
        if (file && file.size > maxAttachmentBytes) {
          e.preventDefault();
          setTooBig(true);
          return;
        }
        setTooBig(false);
        submit(e);
      }}
      className="space-y-3"
      noValidate
    >
      <div aria-live="polite" aria-atomic="true">
        {state?.ok && !tooBig ? <Alert tone="success">{t("uploaded")}</Alert> : null}
        {state && !state.ok && !state.fieldErrors?.file ? <Alert tone="error">{state.error}</Alert> : null}
      </div>
      <input type="hidden" name="eventId" value={eventId} />
      <TextField
        label={t("fileLabel")}
        name="file"
        type="file"
        accept={attachmentAccept}
        hint={t("fileHint")}
        required
        errors={errors}
      />
      <Button type="submit" disabled={pending}>
        {t("upload")}
      </Button>
    </form>
  );
}

export function DeleteAttachmentButton({
  networkSlug,
  eventId,
  id,
  fileName,
}: {
  networkSlug: string;
  eventId: string;
  id: string;
  fileName: string;
}) {
  const t = useTranslations("attendance.attachments");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const r = await deleteAttachmentAction(networkSlug, { eventId, id });
            setError(r.ok ? null : r.error);
          })
        }
      >
        {t("delete", { name: fileName })}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </>
  );
}
