import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { NetworkContext } from "@/server/access/context";
import type { Permission } from "@/server/access/permissions";
import { readableOn } from "@/lib/colour";
import { LocaleSwitch } from "./locale-switch";
import { NavLink } from "./nav-link";
import { NetworkSwitcher } from "./network-switcher";
import { SignOutButton } from "./sign-out-button";
import { SiteFooter } from "./site-footer";

type Item = { href: string; label: string; permission: Permission; badge?: number };

export async function NetworkShell({
  ctx,
  userName,
  networks,
  isPlatformAdmin,
  unreadSubmissions = 0,
  children,
}: {
  ctx: NetworkContext;
  userName: string;
  networks: { slug: string; name: string }[];
  isPlatformAdmin: boolean;
  /** SERD submissions the reviewer has not read: a count beside "SERD". */
  unreadSubmissions?: number;
  children: ReactNode;
}) {
  const t = await getTranslations("shell");
  const tRoles = await getTranslations("roles");
  const base = `/n/${ctx.network.slug}`;
  const items: Item[] = [
    { href: base, label: t("nav.overview"), permission: "network.read" },
    { href: `${base}/dashboard`, label: t("nav.dashboard"), permission: "dashboard.read" },
    { href: `${base}/reports`, label: t("nav.reports"), permission: "reports.view" },
    { href: `${base}/directory`, label: t("nav.directory"), permission: "directory.read" },
    { href: `${base}/meetings`, label: t("nav.meetings"), permission: "events.read" },
    { href: `${base}/serd`, label: t("nav.serd"), permission: "serd.read", badge: unreadSubmissions },
    { href: `${base}/tools`, label: t("nav.tools"), permission: "tools.read" },
    { href: `${base}/training`, label: t("nav.training"), permission: "training.read" },
    { href: `${base}/members`, label: t("nav.members"), permission: "members.read" },
    { href: `${base}/settings`, label: t("nav.settings"), permission: "network.settings" },
    { href: `${base}/audit`, label: t("nav.audit"), permission: "audit.read" },
  ];
  const brand = ctx.network.brandColor;
  return (
    <div
      style={{ ["--brand" as string]: brand, ["--brand-fg" as string]: readableOn(brand) }}
      className="flex min-h-screen flex-col"
    >
      <header className="bg-brand text-brand-fg">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-3">
            {ctx.network.logoUrl ? (
              // A network's own logo, from any host: plain img, not next/image's allow-list.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={ctx.network.logoUrl} alt="" className="h-10 w-auto rounded bg-white p-1" />
            ) : null}
            <div>
              <Link href={base} className="text-lg font-bold leading-tight">
                {ctx.network.name}
              </Link>
              <p className="text-sm">{t("signedInAs", { name: userName, role: tRoles(ctx.role) })}</p>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <NetworkSwitcher label={t("switchNetwork")} current={ctx.network.slug} networks={networks} />
            {isPlatformAdmin ? (
              <Link
                href="/admin"
                className="min-h-11 content-center rounded border border-current px-3 text-sm font-semibold"
              >
                {t("admin")}
              </Link>
            ) : null}
            <Link href="/account/password" className="min-h-11 content-center px-2 text-sm font-semibold underline">
              {t("password")}
            </Link>
            <LocaleSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label={t("mainNav")} className="md:w-56 md:shrink-0">
          <ul className="flex flex-wrap gap-1 md:flex-col">
            {items
              .filter((i) => ctx.can(i.permission))
              .map((i) => (
                <li key={i.href}>
                  <NavLink href={i.href} exact={i.href === base}>
                    {i.label}
                    {i.badge ? (
                      <span className="ml-2 rounded-full bg-brand px-2 py-0.5 text-xs font-bold text-brand-fg">
                        {i.badge}
                        <span className="sr-only"> {t("unreadSubmissions", { n: i.badge })}</span>
                      </span>
                    ) : null}
                  </NavLink>
                </li>
              ))}
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
