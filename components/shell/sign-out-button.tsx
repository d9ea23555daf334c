"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className="min-h-11 rounded border border-current px-3 text-sm font-semibold"
    >
      {t("signOut")}
    </button>
  );
}
