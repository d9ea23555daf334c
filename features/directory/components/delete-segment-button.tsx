"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deleteSegmentAction } from "@/features/directory/actions";

export function DeleteSegmentButton({
  networkSlug,
  id,
  name,
}: {
  networkSlug: string;
  id: string;
  name: string;
}) {
  const t = useTranslations("directory.segments");
  const [pending, start] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      aria-label={t("deleteFor", { name })}
      onClick={() => start(async () => void (await deleteSegmentAction(networkSlug, { id })))}
    >
      {t("delete")}
    </Button>
  );
}
