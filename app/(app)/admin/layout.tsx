import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { NavLink } from "@/components/shell/nav-link";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { SiteFooter } from "@/components/shell/site-footer";
import { requirePlatformAdmin } from "@/server/access/server";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePlatformAdmin();
  const t = await getTranslations("admin");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-ink text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="text-lg font-bold">
            {t("title")}
          </Link>
          <div className="flex items-center gap-2">
            <Link
              href="/n"
              className="min-h-11 content-center rounded border border-current px-3 text-sm font-semibold"
            >
              {t("myNetworks")}
            </Link>
            <LocaleSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label={t("nav")} className="md:w-56 md:shrink-0">
          <ul className="flex flex-wrap gap-1 md:flex-col">
            <li>
              <NavLink href="/admin" exact>
                {t("networks")}
              </NavLink>
            </li>
            <li>
              <NavLink href="/admin/outbox">{t("outbox")}</NavLink>
            </li>
            <li>
              <NavLink href="/admin/audit">{t("audit")}</NavLink>
            </li>
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
      <SiteFooter />
    </div>
  );
}
