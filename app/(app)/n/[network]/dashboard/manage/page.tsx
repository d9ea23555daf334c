import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.objectives.manage");

/** What a coordinator (objectives, recorded indicators, time) or an ambassador (their time) may enter. */
export default async function DashboardManagePage({ params }: PageProps<"/n/[network]/dashboard/manage">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "dashboard.read");
  if (!ctx.can("objectives.write") && !ctx.can("timesheet.own")) notFound();
  const t = await getTranslations("dashboards");
  const base = `/n/${ctx.network.slug}/dashboard`;
  const links = [
    ...(ctx.can("objectives.write")
      ? [
          { href: `${base}/objectives`, title: t("objectives.title"), hint: t("manage.objectivesHint") },
          { href: `${base}/recorded`, title: t("recorded.title"), hint: t("recorded.hint") },
        ]
      : []),
    { href: `${base}/time`, title: t("time.title"), hint: t("manage.timeHint") },
    { href: `${base}/time/week`, title: t("time.week"), hint: t("manage.weekHint") },
    ...(ctx.can("timesheet.write")
      ? [{ href: `${base}/time/settings`, title: t("time.settings"), hint: t("time.settingsHint") }]
      : []),
  ];
  return (
    <>
      <PageHeader
        title={t("objectives.manage")}
        actions={
          <Link className="underline" href={base}>
            {t("manage.toDashboard")}
          </Link>
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
        {links.map((l) => (
          <Card key={l.href}>
            <CardTitle>
              <Link className="underline" href={l.href}>
                {l.title}
              </Link>
            </CardTitle>
            <p className="text-sm text-muted">{l.hint}</p>
          </Card>
        ))}
      </div>
    </>
  );
}
