"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { commentSerdAction } from "@/features/serd/actions";

export function CommentForm({
  networkSlug,
  id,
  version,
}: {
  networkSlug: string;
  id: string;
  version: number;
}) {
  const t = useTranslations("serd");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await commentSerdAction(networkSlug, formData);
    if (result.ok) router.refresh();
    return result;
  });
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        label={t("comment.label")}
        name="comment"
        required
        errors={fieldErrors(state, "comment")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("comment.send")}
      </Button>
    </form>
  );
}
