import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";
import { getDb } from "@/db/client";
import { isResetTokenUsable } from "@/features/auth/password-reset";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("auth.resetTitle");

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const t = await getTranslations("auth");
  const { token } = await params;
  // An unknown, used or expired link answers 404 with the explanation of not-found.tsx.
  if (token.length > 200 || !(await isResetTokenUsable(getDb(), token))) notFound();
  return (
    <ClientMessages namespaces={["auth"]}>
      <h1 className="mb-6 text-2xl font-bold">{t("resetTitle")}</h1>
      <ResetPasswordForm token={token} />
    </ClientMessages>
  );
}
