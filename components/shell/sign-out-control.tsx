"use client";
import { useState } from "react";

/**
 * The button of SignOutButton; its label comes from the server. It speaks next-auth's own routes
 * (a CSRF token, then POST /api/auth/signout) as next-auth/react's signOut() does, without loading
 * that library (8 kB gzip) on every network page.
 */
export function SignOutControl({ label }: { label: string }) {
  const [pending, setPending] = useState(false);
  const signOut = async () => {
    setPending(true);
    const callbackUrl = "/signin";
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await fetch("/api/auth/signout", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
      });
      const { url } = (await response.json()) as { url?: string };
      window.location.href = url ?? callbackUrl;
    } catch {
      setPending(false);
    }
  };
  return (
    <button
      type="button"
      disabled={pending}
      onClick={signOut}
      className="min-h-11 rounded border border-current px-3 text-sm font-semibold"
    >
      {label}
    </button>
  );
}
