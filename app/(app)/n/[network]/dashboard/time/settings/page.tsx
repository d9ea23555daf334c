import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StaffSettingsForm } from "@/features/dashboards/components/staff-settings-form";
import { getStaffSettings } from "@/features/dashboards/queries";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.time.settings");

export default async function StaffSettingsPage({
  params,
}: PageProps<"/n/[network]/dashboard/time/settings">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "timesheet.write");
  const [t, settings] = await Promise.all([
    getTranslations("dashboards"),
    getStaffSettings(ctx.db, { networkId: ctx.network.id }),
  ]);
  return (
    <ClientMessages namespaces={["dashboards"]}>
      <PageHeader
        title={t("time.settings")}
        description={t("time.settingsHint")}
        actions={
          <Link className="underline" href={`/n/${ctx.network.slug}/dashboard/time`}>
            {t("time.title")}
          </Link>
        }
      />
      <Card>
        <StaffSettingsForm networkSlug={ctx.network.slug} settings={settings} />
      </Card>
    </ClientMessages>
  );
}
