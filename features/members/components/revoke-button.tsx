"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { revokeInvitationAction } from "@/features/members/actions";

export function RevokeInvitationButton({
  networkSlug,
  invitationId,
  email,
}: {
  networkSlug: string;
  invitationId: string;
  email: string;
}) {
  const t = useTranslations("members");
  const [pending, start] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      aria-label={t("revokeFor", { email })}
      onClick={() => start(async () => void (await revokeInvitationAction(networkSlug, { invitationId })))}
    >
      {t("revoke")}
    </Button>
  );
}
