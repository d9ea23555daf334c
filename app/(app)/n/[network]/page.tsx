import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getNetworkCounts } from "@/features/networks/queries";
import { requireMembership } from "@/lib/access/server";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("overview.title");

export default async function NetworkOverviewPage({ params }: PageProps<"/n/[network]">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "network.read");
  const t = await getTranslations("overview");
  const counts = await getNetworkCounts(ctx.db, { networkId: ctx.network.id });
  const figures = [
    { label: t("organisations"), value: counts.organisations },
    { label: t("contacts"), value: counts.contacts },
    { label: t("communes"), value: counts.communes },
    { label: t("members"), value: counts.members },
  ];
  const base = `/n/${ctx.network.slug}`;
  return (
    <>
      <PageHeader title={t("title")} description={ctx.network.territoryLabel || undefined} />
      <Card className="mb-6">
        <CardTitle>{t("figuresTitle")}</CardTitle>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {figures.map((f) => (
            <div key={f.label} className="rounded-md bg-surface p-3">
              <dt className="text-sm text-muted">{f.label}</dt>
              <dd className="text-3xl font-bold tabular-nums">{f.value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardTitle>{t("activityTitle")}</CardTitle>
          <p className="text-muted">{t("activityEmpty")}</p>
        </Card>
        {ctx.can("members.invite") ? (
          <Card>
            <CardTitle>{t("nextStepsTitle")}</CardTitle>
            <ul className="list-disc space-y-2 pl-5">
              <li>
                <Link className="underline" href={`${base}/members`}>
                  {t("stepInvite")}
                </Link>
              </li>
              <li>
                <Link className="underline" href={`${base}/settings`}>
                  {t("stepBranding")}
                </Link>
              </li>
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
