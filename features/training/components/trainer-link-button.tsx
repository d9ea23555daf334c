"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { createTrainerLinkAction } from "../actions";

/** Makes the trainer's personal link of a session; shown once (and emailed when the trainer has an email). */
export function TrainerLinkButton({ networkSlug, eventId, session }: { networkSlug: string; eventId: string; session: string }) {
  const t = useTranslations("training");
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ url: string; emailed: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant="ghost"
        className="min-h-11 px-1"
        disabled={pending}
        aria-label={t("trainerLink.makeNamed", { session })}
        onClick={() =>
          start(async () => {
            const r = await createTrainerLinkAction(networkSlug, { eventId });
            if (r.ok) {
              setResult(r.data);
              setError(null);
            } else setError(r.error);
          })
        }
      >
        {t("trainerLink.make")}
      </Button>
      {result ? (
        <span className="block w-full text-sm">
          {result.emailed ? t("trainerLink.emailed") : t("trainerLink.copy")}{" "}
          <input
            readOnly
            aria-label={t("trainerLink.label", { session })}
            value={result.url}
            className="mt-1 block min-h-11 w-full rounded-md border border-line bg-white px-2"
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      ) : null}
      {error ? (
        <span role="alert" className="text-sm font-medium text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
