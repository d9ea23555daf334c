import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { listRetentionCandidates } from "@/features/directory/queries";
import { listPendingInvitations } from "@/features/members/queries";
import { listUpcomingWithAnswers } from "@/features/meetings/queries";
import {
  currentEdition,
  editionPhase,
  listActions,
  listActionsAwaitingResults,
} from "@/features/serd/queries";

import { parisToday } from "@/lib/domain/paris-time";
import { formatParisDate } from "@/lib/i18n/format-day";
import type { NetworkContext } from "@/server/access/context";

// The home page's to-do by role (decision 0025): what is waiting for the coordinator, and what a
// partner or ambassador is expected to do. Every line is a query over recorded facts and a link.

type Item = { key: string; text: string; href: string };

function TodoCard({ title, items, empty }: { title: string; items: Item[]; empty: string }) {
  return (
    <Card>
      <CardTitle>{title}</CardTitle>
      {items.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="list-disc space-y-2 pl-5">
          {items.map((i) => (
            <li key={i.key}>
              <Link className="underline" href={i.href}>
                {i.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export async function CoordinatorTodo({ ctx }: { ctx: NetworkContext }) {
  const t = await getTranslations("overview.todo");
  const locale = await getLocale();
  const networkId = ctx.network.id;
  const base = `/n/${ctx.network.slug}`;
  const today = parisToday();
  const edition = await currentEdition(ctx.db, { networkId, today });
  const [toReview, awaiting, meetings, invitations, retention] = await Promise.all([
    listActions(ctx.db, { networkId, editionId: null, filters: { status: "submitted" } }),
    edition && editionPhase(edition, today) !== "upcoming"
      ? listActionsAwaitingResults(ctx.db, { networkId, editionId: edition.id })
      : [],
    listUpcomingWithAnswers(ctx.db, { networkId }),
    listPendingInvitations(ctx.db, { networkId }),
    ctx.can("directory.gdpr") ? listRetentionCandidates(ctx.db, { networkId, limit: 1 }) : null,
  ]);
  const items: Item[] = [];
  if (toReview.length)
    items.push({ key: "review", text: t("review", { n: toReview.length }), href: `${base}/serd/review` });
  if (edition && awaiting.length)
    items.push({
      key: "results",
      text: t("results", { n: awaiting.length, year: edition.year }),
      href: `${base}/serd?edition=${edition.id}`,
    });
  for (const m of meetings)
    items.push({
      key: `meeting-${m.id}`,
      text: t("meeting", {
        title: m.title,
        date: formatParisDate(m.startsAt, locale, "long"),
        answered: m.invited - m.pending,
        invited: m.invited,
        pending: m.pending,
      }),
      href: `/n/${ctx.network.slug}/meetings/${m.id}/invitations`,
    });
  if (invitations.length)
    items.push({
      key: "members",
      text: t("invitations", { n: invitations.length }),
      href: `${base}/members`,
    });
  if (retention && retention.total > 0)
    items.push({ key: "gdpr", text: t("gdpr", { n: retention.total }), href: `${base}/directory/retention` });
  return <TodoCard title={t("title")} items={items} empty={t("empty")} />;
}

export async function PartnerHome({ ctx }: { ctx: NetworkContext }) {
  const t = await getTranslations("overview.todo");
  const networkId = ctx.network.id;
  const base = `/n/${ctx.network.slug}`;
  const today = parisToday();
  const edition = ctx.can("serd.read") ? await currentEdition(ctx.db, { networkId, today }) : null;
  const organisationId = ctx.organisationId;
  const [actions, awaiting] =
    edition && organisationId
      ? await Promise.all([
          listActions(ctx.db, { networkId, editionId: edition.id, organisationId }),
          editionPhase(edition, today) === "upcoming"
            ? []
            : listActionsAwaitingResults(ctx.db, { networkId, editionId: edition.id, organisationId }),
        ])
      : [[], []];
  const tSerd = await getTranslations("serd");
  const expected: Item[] = awaiting.map((a) => ({
    key: `results-${a.id}`,
    text: t("enterResults", { title: a.title }),
    href: `${base}/serd/actions/${a.id}`,
  }));
  const own: Item[] = actions.map((a) => ({
    key: `action-${a.id}`,
    text: `${a.title} (${tSerd(`statuses.${a.status}`)})`,
    href: `${base}/serd/actions/${a.id}`,
  }));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <TodoCard title={t("expectedTitle")} items={expected} empty={t("nothingExpected")} />
      {edition ? (
        <TodoCard title={t("ownActions", { year: edition.year })} items={own} empty={t("noOwnActions")} />
      ) : null}
      <TodoCard
        title={t("meetingsTitle")}
        items={[{ key: "agenda", text: t("agenda"), href: `${base}/meetings` }]}
        empty=""
      />
    </div>
  );
}
