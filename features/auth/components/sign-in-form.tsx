"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { credentialsSignIn } from "@/components/shell/credentials-sign-in";
import { buttonVariants } from "@/components/ui/button-variants";
import { safeRedirectPath } from "@/lib/safe-redirect";


/** The sentences of the form, translated on the server (the page ships no message catalogue). */
export type SignInLabels = {
  email: string;
  password: string;
  signIn: string;
  signingIn: string;
  forgotPassword: string;
  invalidCredentials: string;
  throttled: string;
};

// The form's own markup (the classes of TextField, Alert and Button, without `cn`): the sign-in page
// loads neither next-auth/react, next-intl's client nor tailwind-merge (docs/decisions/0028).
const control =
  "block w-full min-h-11 rounded-md border border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";

function Field({ name, label, ...props }: { name: string; label: string } & React.ComponentProps<"input">) {
  const id = `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <input id={id} name={name} required className={control} {...props} />
    </div>
  );
}

export function SignInForm({
  callbackUrl,
  initialEmail,
  labels,
}: {
  callbackUrl?: string;
  initialEmail?: string;
  labels: SignInLabels;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await credentialsSignIn(String(data.get("email") ?? ""), String(data.get("password") ?? ""));
    setPending(false);
    if (result.error) {
      setError(result.error === "throttled" ? labels.throttled : labels.invalidCredentials);
      return;
    }
    router.push(safeRedirectPath(callbackUrl));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? (
        <div role="alert" className="rounded-md border border-danger/40 bg-red-50 px-4 py-3 text-sm text-danger">
          {error}
        </div>
      ) : null}
      <Field label={labels.email} name="email" type="email" autoComplete="email" defaultValue={initialEmail} />
      <Field label={labels.password} name="password" type="password" autoComplete="current-password" />
      <button type="submit" className={`${buttonVariants()} w-full`} disabled={pending}>
        {pending ? labels.signingIn : labels.signIn}
      </button>
      <p className="text-sm">
        <Link href="/forgot-password" className="underline">
          {labels.forgotPassword}
        </Link>
      </p>
    </form>
  );
}
