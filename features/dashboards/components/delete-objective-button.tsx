"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deleteObjectiveAction } from "../actions";

export function DeleteObjectiveButton({
  networkSlug,
  id,
  title,
}: {
  networkSlug: string;
  id: string;
  title: string;
}) {
  const t = useTranslations("dashboards.objectives");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={t("deleteFor", { title })}
        onClick={() =>
          start(async () => {
            if (!window.confirm(t("deleteConfirm", { title }))) return;
            const result = await deleteObjectiveAction(networkSlug, { id });
            setError(result.ok ? null : result.error);
          })
        }
      >
        {t("delete")}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </>
  );
}
