import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/features/auth/components/change-password-form";
import { requireUser } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("auth.changePasswordTitle");

export default async function ChangePasswordPage() {
  await requireUser();
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth"]}>
      <h1 className="mb-2 text-2xl font-bold">{t("changePasswordTitle")}</h1>
      <p className="mb-6 text-muted">{t("changePasswordIntro")}</p>
      <ChangePasswordForm />
      <p className="mt-6">
        <Link href="/n" className="font-semibold underline">
          {t("backToNetworks")}
        </Link>
      </p>
    </ClientMessages>
  );
}
