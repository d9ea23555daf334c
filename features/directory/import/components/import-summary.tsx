"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import type { CommitResult } from "@/features/directory/import/constants";

export function ImportSummary({
  networkSlug,
  result,
  onAgain,
}: {
  networkSlug: string;
  result: CommitResult;
  onAgain: () => void;
}) {
  const t = useTranslations("import.done");
  const base = `/n/${networkSlug}/directory`;
  return (
    <div className="space-y-4">
      <Alert tone="success">
        <ul className="space-y-1">
          <li>{t("created", { count: result.created })}</li>
          <li>{t("updated", { count: result.updated })}</li>
          <li>{t("skipped", { count: result.skipped })}</li>
        </ul>
      </Alert>
      <div className="flex flex-wrap gap-3">
        <Link className={buttonVariants({ variant: "primary" })} href={`${base}/organisations`}>
          {t("toOrganisations")}
        </Link>
        <Link className={buttonVariants({ variant: "primary" })} href={`${base}/contacts`}>
          {t("toContacts")}
        </Link>
        <Button variant="secondary" onClick={onAgain}>
          {t("again")}
        </Button>
      </div>
    </div>
  );
}
