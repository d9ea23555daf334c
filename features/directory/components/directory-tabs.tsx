import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/shell/nav-link";
import type { NetworkContext } from "@/server/access/context";
import { directoryScope } from "@/server/access/scopes";

/** The directory's sections the caller may open. */
export async function DirectoryTabs({ ctx }: { ctx: NetworkContext }) {
  const t = await getTranslations("directory.tabs");
  const base = `/n/${ctx.network.slug}/directory`;
  const scope = directoryScope(ctx);
  const tabs = [
    { href: `${base}/organisations`, label: t("organisations"), show: scope !== "none" },
    { href: `${base}/contacts`, label: t("contacts"), show: scope === "full" },
    { href: `${base}/segments`, label: t("segments"), show: ctx.can("directory.segments") },
    { href: `${base}/import`, label: t("import"), show: ctx.can("directory.import") },
    { href: `${base}/retention`, label: t("retention"), show: ctx.can("directory.gdpr") },
  ].filter((tab) => tab.show);
  if (tabs.length < 2) return null;
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <NavLink href={tab.href}>{tab.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
