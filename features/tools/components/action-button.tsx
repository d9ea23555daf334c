"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { decideReservationAction, publishResourceAction } from "@/features/tools/actions";

const runners = {
  publish: (slug: string, id: string) => publishResourceAction(slug, { id }),
  confirm: (slug: string, id: string) => decideReservationAction(slug, { id, decision: "confirm" }),
  refuse: (slug: string, id: string) => decideReservationAction(slug, { id, decision: "refuse" }),
};
const labels = { publish: "resource.publish", confirm: "item.confirm", refuse: "item.refuse" } as const;

/** One button running one write with fixed input (publish, confirm, refuse); shows a refusal. */
export function ActionButton({
  action,
  networkSlug,
  id,
  variant = "secondary",
}: {
  action: keyof typeof runners;
  networkSlug: string;
  id: string;
  variant?: "primary" | "secondary";
}) {
  const t = useTranslations("tools");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-2">
      <Button
        variant={variant}
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await runners[action](networkSlug, id);
          setPending(false);
          if (result.ok) {
            setError(null);
            router.refresh();
          } else setError(result.error);
        }}
      >
        {t(labels[action])}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
