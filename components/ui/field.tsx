import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

const control =
  "block w-full min-h-11 rounded-md border border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";

type FieldShell = { label: ReactNode; name: string; errors?: string[]; hint?: ReactNode; required?: boolean };

/** A labelled control with its hint and errors wired through aria-describedby (RGAA 11.1, 11.10). */
function Shell({
  label,
  name,
  errors,
  hint,
  required,
  children,
}: FieldShell & { children: (aria: object) => ReactNode }) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        required,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  name,
  errors,
  hint,
  required,
  className,
  ...props
}: FieldShell & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <Shell label={label} name={name} errors={errors} hint={hint} required={required}>
      {(aria) => <input className={cn(control, className)} {...aria} {...props} />}
    </Shell>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  required,
  className,
  children,
  ...props
}: FieldShell & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  return (
    <Shell label={label} name={name} errors={errors} hint={hint} required={required}>
      {(aria) => (
        <select className={cn(control, className)} {...aria} {...props}>
          {children}
        </select>
      )}
    </Shell>
  );
}
