"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { createEnrolmentLinkAction } from "../actions";

/** Makes (or replaces) the cycle's self-enrolment link; the link is shown once, only its hash is kept. */
export function EnrolmentLink({ networkSlug, cycleId, hasLink }: { networkSlug: string; cycleId: string; hasLink: boolean }) {
  const t = useTranslations("training");
  const [pending, start] = useTransition();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <p>{hasLink ? t("link.exists") : t("link.none")}</p>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await createEnrolmentLinkAction(networkSlug, { id: cycleId });
            if (result.ok) {
              setUrl(result.data.url);
              setError(null);
            } else setError(result.error);
          })
        }
      >
        {hasLink ? t("link.replace") : t("link.create")}
      </Button>
      {url ? (
        <div className="space-y-1">
          <label htmlFor="enrolment-link" className="block text-sm font-semibold">
            {t("link.label")}
          </label>
          <input
            id="enrolment-link"
            readOnly
            value={url}
            className="block min-h-11 w-full rounded-md border border-line bg-white px-3 py-2"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="text-sm text-muted">{t("link.once")}</p>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
