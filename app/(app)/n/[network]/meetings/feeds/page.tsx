import { getTranslations } from "next-intl/server";
import { FeedControls } from "@/features/meetings/components/calendar/feed-card";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listFeeds } from "@/features/meetings/calendar/feeds";
import { requireMembership } from "@/server/access/server";
import { env } from "@/server/env";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("rsvp.feeds.title");

export default async function FeedsPage({ params }: PageProps<"/n/[network]/meetings/feeds">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "events.read");
  const withNetworkFeed = ctx.can("events.feeds");
  const feeds = await listFeeds(ctx.db, {
    networkId: ctx.network.id,
    userId: ctx.userId,
    secret: env().NEXTAUTH_SECRET,
    appUrl: env().APP_URL,
    withNetworkFeed,
  });
  const t = await getTranslations("rsvp.feeds");
  const createdOn = (f: { createdAt: Date } | null) => (f ? t("createdOn", { date: f.createdAt }) : null);
  return (
    <ClientMessages namespaces={["rsvp.feeds"]}>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid gap-6 lg:grid-cols-2">
        {withNetworkFeed ? (
          <Card>
            <CardTitle>{t("networkTitle")}</CardTitle>
            <p className="mb-4 text-muted">{t("networkIntro")}</p>
            <FeedControls
              networkSlug={ctx.network.slug}
              kind="network"
              feed={feeds.network}
              createdOn={createdOn(feeds.network)}
            />
          </Card>
        ) : null}
        <Card>
          <CardTitle>{t("personalTitle")}</CardTitle>
          <p className="mb-4 text-muted">{t("personalIntro")}</p>
          {feeds.contactId ? (
            <FeedControls
              networkSlug={ctx.network.slug}
              kind="contact"
              feed={feeds.personal}
              createdOn={createdOn(feeds.personal)}
            />
          ) : (
            <p>{t("noContact")}</p>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
