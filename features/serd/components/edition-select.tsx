import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";

/**
 * The edition a SERD page shows, chosen by a GET form (`?edition=`): works without JavaScript and
 * keeps the choice in the address, so a link to the 2026 queue stays the 2026 queue.
 */
export async function EditionSelect({
  editions,
  selected,
  allLabel,
  hidden = {},
}: {
  editions: { id: string; year: number }[];
  selected: string;
  /** When set, an option for every edition at once (value "all"). */
  allLabel?: string;
  hidden?: Record<string, string>;
}) {
  const t = await getTranslations("agenda.figures");
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="min-w-40">
        <SelectField label={t("edition")} name="edition" defaultValue={selected}>
          {allLabel ? <option value="all">{allLabel}</option> : null}
          {editions.map((e) => (
            <option key={e.id} value={e.id}>
              {e.year}
            </option>
          ))}
        </SelectField>
      </div>
      <button type="submit" className={buttonVariants({ variant: "secondary" })}>
        {t("show")}
      </button>
    </form>
  );
}
