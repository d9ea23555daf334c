"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cancelEventAction, restoreEventAction } from "@/features/meetings/actions";

/** Cancels a planned meeting (after confirmation) or restores a cancelled one. */
export function EventStatusButton({
  networkSlug,
  id,
  cancelled,
  label,
}: {
  networkSlug: string;
  id: string;
  cancelled: boolean;
  /** Overrides the default label (e.g. with the occurrence's date in a series list). */
  label?: string;
}) {
  const t = useTranslations("meetings.event");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () => {
    if (!cancelled && !window.confirm(t("cancelConfirm"))) return;
    startTransition(async () => {
      const action = cancelled ? restoreEventAction : cancelEventAction;
      const result = await action(networkSlug, { id });
      if (result.ok) {
        setError(null);
        router.refresh();
      } else setError(result.error);
    });
  };
  return (
    <div className="space-y-2">
      <Button variant={cancelled ? "secondary" : "danger"} onClick={run} disabled={pending}>
        {label ?? (cancelled ? t("restore") : t("cancel"))}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
