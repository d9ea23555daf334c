import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { PublicHeader } from "@/components/shell/public-header";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { SiteFooter } from "@/components/shell/site-footer";
import { getDb } from "@/db/client";
import { listUserNetworks } from "@/features/networks/queries";
import { requireUser } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("networks.chooseTitle");

// Where everyone lands after signing in: straight into their network when they have one,
// a chooser when they have several, the admin page for a platform administrator without any.
export default async function NetworksPage() {
  const user = await requireUser();
  const networks = await listUserNetworks(getDb(), { userId: user.id });
  if (networks.length === 1) redirect(`/n/${networks[0]!.slug}`);
  if (networks.length === 0 && user.isPlatformAdmin) redirect("/admin");
  const t = await getTranslations("networks");
  const tRoles = await getTranslations("roles");
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="mb-6 text-2xl font-bold">{t("chooseTitle")}</h1>
        {networks.length === 0 ? (
          <p className="mb-6">{t("none")}</p>
        ) : (
          <ul className="mb-6 space-y-3">
            {networks.map((n) => (
              <li key={n.slug}>
                <Link
                  href={`/n/${n.slug}`}
                  className="block rounded-lg border border-line p-4 hover:bg-surface"
                >
                  <span className="block text-lg font-semibold">{n.name}</span>
                  <span className="text-sm text-muted">{tRoles(n.role)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <div className="flex gap-3">
          {user.isPlatformAdmin ? (
            <Link
              href="/admin"
              className="min-h-11 content-center rounded border border-line px-3 text-sm font-semibold"
            >
              {t("admin")}
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
