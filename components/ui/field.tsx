import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
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

export function TextAreaField({
  label,
  name,
  errors,
  hint,
  required,
  className,
  ...props
}: FieldShell & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <Shell label={label} name={name} errors={errors} hint={hint} required={required}>
      {(aria) => <textarea className={cn(control, "min-h-28", className)} {...aria} {...props} />}
    </Shell>
  );
}

/** A checkbox with its label on the right; the whole row is the click target. */
export function CheckboxField({
  label,
  name,
  hint,
  ...props
}: { label: ReactNode; name: string; hint?: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "name" | "type"
>) {
  const id = `field-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        className="mt-1 size-5 shrink-0 accent-brand"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...props}
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
