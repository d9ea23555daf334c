import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("legal");
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm">
        <Link className="underline" href="/accessibilite">
          {t("accessibilityLink")}
        </Link>
        <Link className="underline" href="/confidentialite">
          {t("privacyLink")}
        </Link>
        <Link className="underline" href="/mentions-legales">
          {t("legalNoticeLink")}
        </Link>
      </div>
    </footer>
  );
}
