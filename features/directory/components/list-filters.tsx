import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { actorTypes, engagementStatuses } from "@/lib/domain/enums";

type Option = { value: string; label: string };

/**
 * The filters of a directory list: a plain GET form, so the state lives in the URL (bookmarkable,
 * shareable, works without JavaScript).
 */
export async function ListFilters({
  values,
  communes,
  tags,
  sorts,
  flags,
  resetHref,
}: {
  values: Record<string, string>;
  communes: { id: string; name: string }[];
  tags: string[];
  sorts: Option[];
  flags: { name: string; label: string }[];
  resetHref: string;
}) {
  const t = await getTranslations("directory");
  const select = (name: string, label: string, all: string, options: Option[]): ReactNode => (
    <SelectField label={label} name={name} defaultValue={values[name] ?? ""}>
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
  return (
    <form
      method="get"
      role="search"
      aria-label={t("list.filters")}
      className="mb-6 rounded-lg border border-line bg-surface p-4"
    >
      <div className="grid gap-4 md:grid-cols-3">
        <div className="md:col-span-3">
          <TextField
            label={t("list.search")}
            hint={t("list.searchHint")}
            name="q"
            type="search"
            defaultValue={values.q ?? ""}
          />
        </div>
        {select(
          "type",
          t("fields.actorType"),
          t("list.allTypes"),
          actorTypes.map((k) => ({ value: k, label: t(`actorTypes.${k}`) })),
        )}
        {select(
          "status",
          t("fields.status"),
          t("list.allStatuses"),
          engagementStatuses.map((k) => ({ value: k, label: t(`statuses.${k}`) })),
        )}
        {select(
          "commune",
          t("fields.commune"),
          t("list.allCommunes"),
          communes.map((c) => ({ value: c.id, label: c.name })),
        )}
        {select(
          "tag",
          t("fields.tags"),
          t("list.allTags"),
          tags.map((tag) => ({ value: tag, label: tag })),
        )}
        <SelectField label={t("list.sort")} name="sort" defaultValue={values.sort ?? sorts[0]?.value}>
          {sorts.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <fieldset className="space-y-2 self-end">
          {flags.map((f) => (
            <CheckboxField
              key={f.name}
              name={f.name}
              value="1"
              label={f.label}
              defaultChecked={values[f.name] === "1"}
            />
          ))}
        </fieldset>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">{t("list.apply")}</Button>
        <Link href={resetHref} className="min-h-11 content-center text-sm font-semibold underline">
          {t("list.reset")}
        </Link>
      </div>
    </form>
  );
}
