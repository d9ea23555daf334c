import { getTranslations } from "next-intl/server";
import { CreateNetworkForm } from "@/features/admin/components/create-network-form";
import { EndSessionsForm } from "@/features/admin/components/end-sessions-form";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { listAllNetworks } from "@/features/networks/queries";
import { requirePlatformAdmin } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("admin.networks");

export default async function AdminNetworksPage() {
  await requirePlatformAdmin();
  const t = await getTranslations("admin");
  const networks = await listAllNetworks(getDb());
  return (
    <ClientMessages namespaces={["admin"]}>
      <PageHeader title={t("networks")} description={t("networksIntro")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Table
          caption={t("networks")}
          headers={[t("networkName"), t("slug"), t("territory"), t("membersCount"), t("coordinatorsCount")]}
        >
          {networks.map((n) => (
            <tr key={n.id}>
              <Td>{n.name}</Td>
              <Td>{n.slug}</Td>
              <Td>{n.territoryLabel || "—"}</Td>
              <Td>{n.members}</Td>
              <Td>{n.coordinators}</Td>
            </tr>
          ))}
        </Table>
        <div className="space-y-6">
          <Card>
            <CardTitle>{t("createTitle")}</CardTitle>
            <CreateNetworkForm />
          </Card>
          <Card>
            <CardTitle>{t("endSessionsTitle")}</CardTitle>
            <EndSessionsForm />
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
}
