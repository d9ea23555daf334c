import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function InvitationNotFound() {
  const t = await getTranslations("invitation");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("invalidTitle")}</h1>
      <p className="mb-4">{t("invalidBody")}</p>
      <Link href="/signin" className="underline">
        {t("goToSignIn")}
      </Link>
    </>
  );
}
