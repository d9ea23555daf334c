"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { retryMailAction } from "@/features/meetings/rsvp/actions";

/** "Renvoyer": one mail of the meeting goes back to the sending queue. */
export function RetryMailButton({
  networkSlug,
  eventId,
  mailId,
  to,
}: {
  networkSlug: string;
  eventId: string;
  mailId: string;
  to: string;
}) {
  const t = useTranslations("mailLog");
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        disabled={busy}
        aria-label={t("retryLabel", { to })}
        onClick={() =>
          start(async () => {
            const result = await retryMailAction(networkSlug, { eventId, mailId });
            setMessage(result.ok ? t("retried") : result.error);
          })
        }
      >
        {t("retry")}
      </Button>
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </div>
  );
}
