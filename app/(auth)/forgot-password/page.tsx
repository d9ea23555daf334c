import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/features/auth/components/forgot-password-form";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("auth.forgotTitle");

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth"]}>
      <h1 className="mb-2 text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="mb-6 text-muted">{t("forgotIntro")}</p>
      <ForgotPasswordForm />
    </ClientMessages>
  );
}
