"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resendInvitationsAction } from "@/features/meetings/rsvp/actions";

/** Sends the invitation again to the people who have not answered, after a confirmation. */
export function ResendButton({
  networkSlug,
  eventId,
  pending,
}: {
  networkSlug: string;
  eventId: string;
  pending: number;
}) {
  const t = useTranslations("rsvp.resend");
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  if (pending === 0 && !message) return null;
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={busy || pending === 0}
        onClick={() => {
          if (!window.confirm(t("confirm", { count: pending }))) return;
          start(async () => {
            const result = await resendInvitationsAction(networkSlug, { eventId });
            setMessage(
              result.ok
                ? { tone: "success", text: t("done", { count: result.data.sent }) }
                : { tone: "error", text: result.error },
            );
          });
        }}
      >
        {t("button", { count: pending })}
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
