"use client";

/** A group of checkboxes sharing one name, with a legend and its errors (RGAA 11.5, 11.10). */
export function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  errors,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  checked: string[];
  errors?: string[];
}) {
  const errorId = errors?.length ? `field-${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId}>
      <legend className="mb-2 text-sm font-semibold">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              aria-invalid={errorId ? true : undefined}
              className="size-5 shrink-0 accent-brand"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-danger">
          {errors!.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
