import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "./locale-switch";

export async function PublicHeader() {
  const t = await getTranslations("app");
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-bold">
          {t("name")}
        </Link>
        <LocaleSwitch />
      </div>
    </header>
  );
}
