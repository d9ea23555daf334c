import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/shell/nav-link";
import type { NetworkContext } from "@/server/access/context";

/** A meeting's sections: details for everyone, invitations and the attendance sheet for those who run it. */
export async function EventTabs({ ctx, eventId }: { ctx: NetworkContext; eventId: string }) {
  const t = await getTranslations("meetings.tabs");
  const base = `/n/${ctx.network.slug}/meetings/${eventId}`;
  const tabs = [
    { href: base, label: t("details"), show: true, exact: true },
    { href: `${base}/invitations`, label: t("invitations"), show: ctx.can("events.write"), exact: false },
    { href: `${base}/attendance`, label: t("attendance"), show: ctx.can("events.attendance"), exact: false },
  ].filter((tab) => tab.show);
  if (tabs.length < 2) return null;
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <NavLink href={tab.href} exact={tab.exact}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
