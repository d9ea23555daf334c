import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MailModeForm, MarkAllReadButton } from "@/features/serd/components/notification-controls";
import { NotificationList } from "@/features/serd/components/notification-list";
import { countUnreadNotifications, listNotifications, mailModeOf } from "@/features/serd/notifications";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("serd.notifications.title");

export default async function SerdNotificationsPage({ params }: PageProps<"/n/[network]/serd/notifications">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "serd.review");
  const scope = { networkId: ctx.network.id, userId: ctx.userId };
  const [t, rows, unread, mode] = await Promise.all([
    getTranslations("serd.notifications"),
    listNotifications(ctx.db, scope),
    countUnreadNotifications(ctx.db, scope),
    mailModeOf(ctx.db, scope),
  ]);
  return (
    <ClientMessages namespaces={["serd.notifications"]}>
      <PageHeader
        title={t("title")}
        description={t("unread", { n: unread })}
        actions={unread > 0 ? <MarkAllReadButton networkSlug={ctx.network.slug} /> : null}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          <NotificationList networkSlug={ctx.network.slug} rows={rows} />
        </div>
        <Card>
          <MailModeForm networkSlug={ctx.network.slug} mode={mode} />
        </Card>
      </div>
    </ClientMessages>
  );
}
