import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { eventTypes } from "@/lib/domain/enums";

/** The agenda's filters as a GET form: the URL holds them, so a filtered agenda can be shared. */
export async function AgendaFilters({
  values,
  years,
  view,
  month,
  resetHref,
}: {
  values: { type?: string; year?: number };
  years: number[];
  view: "list" | "month";
  month?: string;
  resetHref: string;
}) {
  const t = await getTranslations("meetings.list");
  const tm = await getTranslations("meetings");
  return (
    <form
      method="get"
      role="search"
      aria-label={t("filters")}
      className="mb-6 flex flex-wrap items-end gap-4"
    >
      {view === "month" ? <input type="hidden" name="view" value="month" /> : null}
      {view === "month" && month ? <input type="hidden" name="month" value={month} /> : null}
      <div className="min-w-56">
        <SelectField label={t("filterType")} name="type" defaultValue={values.type ?? ""}>
          <option value="">{t("allTypes")}</option>
          {eventTypes.map((k) => (
            <option key={k} value={k}>
              {tm(`eventTypes.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {view === "list" ? (
        <div className="min-w-40">
          <SelectField
            label={t("filterYear")}
            name="year"
            defaultValue={values.year ? String(values.year) : ""}
          >
            <option value="">{t("allYears")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <button type="submit" className={buttonVariants()}>
        {t("apply")}
      </button>
      <Link className={buttonVariants({ variant: "ghost" })} href={resetHref}>
        {t("reset")}
      </Link>
    </form>
  );
}
