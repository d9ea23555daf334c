import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function NetworkNotFound() {
  const t = await getTranslations("errors");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mb-4">{t("notFoundBody")}</p>
      <Link className="underline" href="/n">
        {t("backToNetworks")}
      </Link>
    </div>
  );
}
