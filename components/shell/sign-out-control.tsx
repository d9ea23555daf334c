"use client";
import { signOut } from "next-auth/react";

/** The button of SignOutButton; its label comes from the server. */
export function SignOutControl({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className="min-h-11 rounded border border-current px-3 text-sm font-semibold"
    >
      {label}
    </button>
  );
}
