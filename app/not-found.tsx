import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="mb-4 text-2xl font-bold">{t("notFoundTitle")}</h1>
        <p className="mb-4">{t("notFoundBody")}</p>
        <Link className="underline" href="/n">
          {t("backToNetworks")}
        </Link>
      </main>
      <SiteFooter />
    </>
  );
}
