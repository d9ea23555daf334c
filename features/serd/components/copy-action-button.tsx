"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { copySerdAction } from "@/features/serd/actions";

/** "Reprendre dans l'édition 2027": a new draft from this action, then its edit form. */
export function CopyActionButton({
  networkSlug,
  id,
  editionId,
  year,
}: {
  networkSlug: string;
  id: string;
  editionId: string;
  year: number;
}) {
  const t = useTranslations("serd");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await copySerdAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/serd/actions/${result.data.id}/edit`);
    return result;
  });
  return (
    <form onSubmit={submit} className="space-y-2">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="editionId" value={editionId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("dashboard.copy", { year })}
      </Button>
      <p className="text-sm text-muted">{t("dashboard.copyHint")}</p>
    </form>
  );
}
