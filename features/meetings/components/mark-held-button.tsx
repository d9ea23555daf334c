"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { markHeldAction } from "@/features/meetings/actions";

/** "Marquer comme tenue": closes a meeting that has taken place. */
export function MarkHeldButton({ networkSlug, id }: { networkSlug: string; id: string }) {
  const t = useTranslations("meetings.event");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      const result = await markHeldAction(networkSlug, { id });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={run} disabled={pending}>
        {t("markHeld")}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
