import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { NavLink } from "@/components/shell/nav-link";
import type { NetworkContext } from "@/server/access/context";

/** Links between the meeting's page, its check-in and its report. */
export async function AttendanceNav({ ctx, eventId }: { ctx: NetworkContext; eventId: string }) {
  const t = await getTranslations("attendance.nav");
  const base = `/n/${ctx.network.slug}/meetings/${eventId}`;
  const tabs = [
    { href: `${base}/attendance`, label: t("checkIn"), show: ctx.can("events.attendance") },
    { href: `${base}/attendance/report`, label: t("report"), show: true },
  ].filter((tab) => tab.show);
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          <Link className="inline-flex min-h-11 items-center px-3 underline" href={base}>
            {t("backToEvent")}
          </Link>
        </li>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <NavLink href={tab.href} exact>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
