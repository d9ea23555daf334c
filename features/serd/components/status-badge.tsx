import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("serd");
  const tone =
    status === "labelled"
      ? "brand"
      : status === "changes_requested" || status === "rejected"
        ? "warning"
        : "neutral";
  return <Badge tone={tone}>{t(`statuses.${status}` as "statuses.draft")}</Badge>;
}
