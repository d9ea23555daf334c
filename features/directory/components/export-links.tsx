import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";

/** Download links for the current filtered list (all pages), as CSV and XLSX. */
export async function ExportLinks({
  networkSlug,
  kind,
  query,
}: {
  networkSlug: string;
  kind: "organisations" | "contacts";
  query: string;
}) {
  const t = await getTranslations("directory.list");
  const base = `/api/n/${networkSlug}/directory/export?kind=${kind}${query ? `&${query.slice(1)}` : ""}`;
  return (
    <div className="flex flex-wrap gap-2">
      <a className={buttonVariants({ variant: "secondary" })} href={`${base}&format=csv`} download>
        {t("exportCsv")}
      </a>
      <a className={buttonVariants({ variant: "secondary" })} href={`${base}&format=xlsx`} download>
        {t("exportXlsx")}
      </a>
    </div>
  );
}
