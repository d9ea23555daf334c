import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { serdThemes } from "@/lib/domain/enums";
import { resourceFormats, resourceKinds, resourceSorts } from "../constants";
import type { ResourceFilters } from "../schemas";

/** A plain GET form: every filter lands in the URL, shareable and kept on reload (no JavaScript). */
export async function ResourceFiltersForm({ filters, moderate }: { filters: ResourceFilters; moderate: boolean }) {
  const t = await getTranslations("tools");
  const ts = await getTranslations("serd");
  return (
    <form method="get" role="search" className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4 items-end">
      <TextField label={t("library.searchLabel")} name="q" type="search" defaultValue={filters.q ?? ""} />
      <SelectField label={t("library.kindLabel")} name="kind" defaultValue={filters.kind ?? ""}>
        <option value="">{t("library.allKinds")}</option>
        {resourceKinds.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("library.themeLabel")} name="theme" defaultValue={filters.theme ?? ""}>
        <option value="">{t("library.allThemes")}</option>
        {serdThemes.map((k) => (
          <option key={k} value={k}>
            {ts(`themes.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("library.formatLabel")} name="format" defaultValue={filters.format ?? ""}>
        <option value="">{t("library.allFormats")}</option>
        {resourceFormats.map((k) => (
          <option key={k} value={k}>
            {t(`formats.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("library.sortLabel")} name="sort" defaultValue={filters.sort ?? "newest"}>
        {resourceSorts.map((k) => (
          <option key={k} value={k}>
            {t(`sorts.${k}`)}
          </option>
        ))}
      </SelectField>
      {moderate ? (
        <SelectField label={t("library.statusLabel")} name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("library.allStatuses")}</option>
          <option value="published">{t("statuses.published")}</option>
          <option value="proposed">{t("statuses.proposed")}</option>
        </SelectField>
      ) : null}
      <Button type="submit" variant="secondary">
        {t("library.apply")}
      </Button>
    </form>
  );
}
