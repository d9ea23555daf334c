"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { recomputeFicheAction } from "../actions";

export function RecomputeButton({ networkSlug, id }: { networkSlug: string; id: string }) {
  const t = useTranslations("fiches.view");
  const [state, onSubmit, pending] = useActionForm((fd) => recomputeFicheAction(networkSlug, fd));
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("recompute")}
      </Button>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("recomputed")}</Alert> : null}
    </form>
  );
}
