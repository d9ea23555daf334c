import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function ResetLinkNotFound() {
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("resetLinkInvalidTitle")}</h1>
      <p className="mb-4">{t("resetLinkInvalidBody")}</p>
      <Link href="/forgot-password" className="underline">
        {t("forgotTitle")}
      </Link>
    </>
  );
}
