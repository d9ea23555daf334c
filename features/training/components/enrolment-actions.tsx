"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cancelEnrolmentAction, decideRequestAction } from "../actions";

/** Per enrolment: accept or refuse a request; cancel an enrolment or a place on the waiting list. */
export function EnrolmentActions({
  networkSlug,
  enrolmentId,
  status,
  name,
}: {
  networkSlug: string;
  enrolmentId: string;
  status: string;
  name: string;
}) {
  const t = useTranslations("training");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const result = await fn();
      setError(result.ok ? null : (result.error ?? null));
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {status === "requested" ? (
        <>
          <Button
            disabled={pending}
            aria-label={t("enrol.acceptNamed", { name })}
            onClick={() => run(() => decideRequestAction(networkSlug, { enrolmentId, accept: "yes" }))}
          >
            {t("enrol.accept")}
          </Button>
          <Button
            variant="secondary"
            disabled={pending}
            aria-label={t("enrol.refuseNamed", { name })}
            onClick={() => run(() => decideRequestAction(networkSlug, { enrolmentId, accept: "no" }))}
          >
            {t("enrol.refuse")}
          </Button>
        </>
      ) : null}
      {status === "enrolled" || status === "waiting" ? (
        <Button
          variant="secondary"
          disabled={pending}
          aria-label={t("enrol.cancelNamed", { name })}
          onClick={() => {
            if (window.confirm(t("enrol.cancelConfirm", { name })))
              run(() => cancelEnrolmentAction(networkSlug, { enrolmentId }));
          }}
        >
          {t("enrol.cancel")}
        </Button>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
