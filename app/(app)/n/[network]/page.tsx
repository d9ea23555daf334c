import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DirectoryFigures } from "@/features/directory/components/directory-figures";
import { MeetingFigures } from "@/features/meetings/components/meeting-figures";
import { OverviewFigures } from "@/features/dashboards/components/overview-figures";
import { getOverviewFigures } from "@/features/dashboards/queries";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listMembers } from "@/features/members/queries";
import { CoordinatorTodo, PartnerHome } from "@/features/networks/components/role-home";
import { getDirectoryFigures } from "@/features/directory/queries";
import { getMeetingFigures } from "@/features/meetings/figures";
import { FiguresPanel } from "@/features/serd/components/figures-panel";
import { getEditionFigures } from "@/features/serd/figures";
import { currentEdition } from "@/features/serd/queries";
import { parisToday } from "@/lib/domain/paris-time";
import { directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("overview.title");

export default async function NetworkOverviewPage({ params }: PageProps<"/n/[network]">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "network.read");
  // The elected official presents the programme's results: their home is the dashboard.
  if (ctx.can("dashboard.landing")) redirect(`/n/${ctx.network.slug}/dashboard`);
  const t = await getTranslations("overview");
  const tDirectory = await getTranslations("directory");
  const scope = { networkId: ctx.network.id };
  // Figures of meetings and SERD are for those who follow the programme (dashboard.read).
  const dashboard = ctx.can("dashboard.read");
  const edition = dashboard ? await currentEdition(ctx.db, { ...scope, today: parisToday() }) : null;
  const kind = ctx.network.kind;
  const [figures, meetingFigures, serdFigures, members, kindFigures] = await Promise.all([
    getDirectoryFigures(ctx.db, scope),
    dashboard ? getMeetingFigures(ctx.db, scope) : null,
    edition ? getEditionFigures(ctx.db, { ...scope, editionId: edition.id, today: parisToday() }) : null,
    ctx.can("members.read") ? listMembers(ctx.db, scope) : [],
    // The figures that fit this kind of network, from the dashboard's indicator registry.
    dashboard ? getOverviewFigures(ctx.db, { ...scope, kind, today: parisToday() }) : null,
  ]);
  // The onboarding card is for a network that runs alone: gone once anyone else has joined.
  const onboarding = ctx.can("members.invite") && members.length <= 1;
  const base = `/n/${ctx.network.slug}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={ctx.network.territoryLabel || undefined}
        actions={
          ctx.organisationId ? (
            <Link
              className={buttonVariants({ variant: "secondary" })}
              href={`${base}/directory/organisations/${ctx.organisationId}`}
            >
              {tDirectory("myOrganisation")}
            </Link>
          ) : null
        }
      />
      <div className="mb-6">
        {ctx.can("serd.review") ? (
          <CoordinatorTodo ctx={ctx} />
        ) : ctx.organisationId ? (
          <PartnerHome ctx={ctx} />
        ) : null}
      </div>
      <DirectoryFigures
        figures={figures}
        listHref={directoryScope(ctx) === "none" ? null : `${base}/directory/organisations`}
      />
      {kindFigures ? <OverviewFigures kind={kind} tiles={kindFigures} /> : null}
      {serdFigures ? <FiguresPanel figures={serdFigures} /> : null}
      {meetingFigures ? <MeetingFigures figures={meetingFigures} councils={kind === "plp"} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {onboarding ? (
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
