import { buttonVariants } from "@/components/ui/button-variants";

/** The year in the URL (?year=2014), chosen with a plain GET form: works without JavaScript. */
export function YearSelector({
  years,
  year,
  label,
  submit,
}: {
  years: number[];
  year: number;
  label: string;
  submit: string;
}) {
  const choices = years.includes(year) ? years : [year, ...years];
  return (
    <form method="get" className="mb-6 flex items-end gap-3 print:hidden">
      <div className="space-y-1">
        <label htmlFor="dashboard-year" className="block text-sm font-semibold">
          {label}
        </label>
        <select
          id="dashboard-year"
          name="year"
          defaultValue={String(year)}
          className="block min-h-11 rounded-md border border-line bg-white px-3 py-2"
        >
          {choices.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonVariants({ variant: "primary" })}>
        {submit}
      </button>
    </form>
  );
}
