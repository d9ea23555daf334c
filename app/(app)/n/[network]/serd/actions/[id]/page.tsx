import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CommentForm } from "@/features/serd/components/comment-form";
import { ContributionForm, ResultsForm } from "@/features/serd/components/results-form";
import { ReviewPanel } from "@/features/serd/components/review-panel";
import { StatusBadge } from "@/features/serd/components/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { actsFor, canEdit, canReadAction, resultsRefusal, serdActorOf } from "@/features/serd/access";
import { CopyActionButton } from "@/features/serd/components/copy-action-button";
import { getAction, registrationEdition } from "@/features/serd/queries";
import { parisToday } from "@/lib/domain/paris-time";
import { formatMediumDay } from "@/lib/i18n/format-day";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";
import { markNotificationsRead } from "@/features/serd/notifications";
import { AttachedResources } from "@/features/tools/components/attached-resources";

export const generateMetadata = pageTitle("serd.action.page");

// Every text a partner typed is rendered by React as text (escaped), never as HTML.
export default async function ActionPage({ params }: PageProps<"/n/[network]/serd/actions/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "serd.read");
  if (!isUuid(id)) notFound();
  const action = await getAction(ctx.db, { networkId: ctx.network.id, id });
  if (!action || !canReadAction(ctx, action)) notFound();
  // Opening the action reads the reviewer's notifications of it (the badge counts the others).
  if (ctx.can("serd.review"))
    await markNotificationsRead(ctx.db, { networkId: ctx.network.id, userId: ctx.userId, actionId: action.id });
  const [t, format, locale] = [await getTranslations("serd"), await getFormatter(), await getLocale()];
  const registration = await registrationEdition(ctx.db, { networkId: ctx.network.id, today: parisToday() });
  const actor = serdActorOf(ctx);
  const now = new Date();
  const editable = ctx.can("serd.register") && canEdit(action, actor, now);
  const results = ctx.can("serd.results") && resultsRefusal(action, actor, now) === null;
  const lastRequest = [...action.history]
    .reverse()
    .find((h) => h.kind === "changes_requested" || h.kind === "rejected");
  const fields: [string, React.ReactNode][] = [
    [t("action.lead"), action.leadOrganisationName],
    [t("action.coorganisers"), action.coorganisers.map((c) => c.name).join(", ") || "—"],
    [t("action.themes"), action.themes.map((k) => t(`themes.${k}` as "themes.composting")).join(", ") || "—"],
    [t("action.format"), action.format ? t(`formats.${action.format}`) : "—"],
    [
      t("action.publics"),
      action.targetPublics.map((k) => t(`publics.${k}` as "publics.families")).join(", ") || "—",
    ],
    [t("action.freeEntry"), action.freeEntry ? t("yes") : t("no")],
    [t("action.nonProfit"), action.nonProfit ? t("yes") : t("no")],
    [t("action.awardsOptIn"), action.awardsOptIn ? t("yes") : t("no")],
  ];
  const base = `/n/${ctx.network.slug}/serd`;
  return (
    <ClientMessages namespaces={["serd", "tools.attach"]}>
      <PageHeader
        title={action.title}
        description={<StatusBadge status={action.status} />}
        actions={
          editable ? (
            <Link className={buttonVariants()} href={`${base}/actions/${action.id}/edit`}>
              {t("action.edit")}
            </Link>
          ) : null
        }
      />
      <p className="-mt-4 mb-6 text-muted">
        <Link className="underline" href={`${base}?edition=${action.edition.id}`}>
          {t("dashboard.edition", { year: action.edition.year })}
        </Link>
      </p>
      {registration &&
      registration.year > action.edition.year &&
      ctx.can("serd.register") &&
      actsFor(actor, action) ? (
        <div className="mb-6">
          <CopyActionButton
            networkSlug={ctx.network.slug}
            id={action.id}
            editionId={registration.id}
            year={registration.year}
          />
        </div>
      ) : null}

      {action.status === "changes_requested" && lastRequest?.comment ? (
        <Card className="mb-6 border-amber-300">
          <CardTitle>{t("action.requestedChanges")}</CardTitle>
          <p className="whitespace-pre-line">{lastRequest.comment}</p>
        </Card>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2">
            {fields.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {action.description ? <p className="mt-4 whitespace-pre-line">{action.description}</p> : null}
        </Card>
        <Card>
          <CardTitle>{t("action.history")}</CardTitle>
          <ol className="space-y-3">
            {action.history.map((h) => (
              <li key={h.id}>
                <time dateTime={h.at.toISOString()} className="font-semibold">
                  {format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>{" "}
                {t(`history.${h.kind}`)}
                {h.byName ? <span className="text-muted"> – {h.byName}</span> : null}
                {h.comment ? <p className="whitespace-pre-line">{h.comment}</p> : null}
              </li>
            ))}
          </ol>
        </Card>
        <div className="lg:col-span-2">
          <Table
            caption={t("action.occurrences")}
            headers={[
              t("occurrence.date"),
              t("occurrence.times"),
              t("occurrence.place"),
              t("occurrence.commune"),
              t("occurrence.expected"),
              t("occurrence.actual"),
            ]}
          >
            {action.occurrences.map((o) => (
              <tr key={o.id}>
                <Td>{formatMediumDay(o.date, locale)}</Td>
                <Td>{o.startTime ? `${o.startTime.slice(0, 5)}–${o.endTime?.slice(0, 5) ?? ""}` : "—"}</Td>
                <Td>{[o.place, o.address].filter(Boolean).join(", ") || "—"}</Td>
                <Td>{o.communeName ?? "—"}</Td>
                <Td>{o.expectedParticipants ?? "—"}</Td>
                <Td>{o.actualParticipants ?? "—"}</Td>
              </tr>
            ))}
          </Table>
        </div>
        {ctx.can("serd.review") && ["submitted", "changes_requested"].includes(action.status) ? (
          <Card>
            <CardTitle>{t("review.title")}</CardTitle>
            <ReviewPanel
              networkSlug={ctx.network.slug}
              id={action.id}
              version={action.version}
              status={action.status}
            />
          </Card>
        ) : null}
        {ctx.can("serd.register") && actsFor(actor, action) ? (
          <Card>
            <CardTitle>{t("comment.title")}</CardTitle>
            <CommentForm networkSlug={ctx.network.slug} id={action.id} version={action.version} />
          </Card>
        ) : null}
        {results ? (
          <Card>
            <CardTitle>{t("results.title")}</CardTitle>
            <ResultsForm
              networkSlug={ctx.network.slug}
              id={action.id}
              version={action.version}
              resultAccount={action.resultAccount}
              occurrences={action.occurrences.map((o) => ({
                id: o.id,
                label: `${formatMediumDay(o.date, locale)} ${o.place ?? ""}`.trim(),
                actualParticipants: o.actualParticipants,
              }))}
            />
          </Card>
        ) : action.resultAccount ? (
          <Card>
            <CardTitle>{t("results.title")}</CardTitle>
            <p className="whitespace-pre-line">{action.resultAccount}</p>
          </Card>
        ) : null}
        {action.contributions.length || results ? (
          <Card>
            <CardTitle>{t("contribution.title")}</CardTitle>
            <ul className="mb-4 space-y-1">
              {action.contributions.map((c) => (
                <li key={c.id}>
                  {c.organisationName} – {t(`contributionKinds.${c.kind}`)} :{" "}
                  {format.number(c.amountEur, { style: "currency", currency: "EUR" })}
                  {c.days !== null ? ` (${t("contribution.daysValue", { days: c.days })})` : ""}
                </li>
              ))}
            </ul>
            {results ? (
              <ContributionForm
                networkSlug={ctx.network.slug}
                actionId={action.id}
                organisations={
                  actor.manageAll
                    ? [
                        { id: action.leadOrganisationId, name: action.leadOrganisationName },
                        ...action.coorganisers,
                      ]
                    : null
                }
              />
            ) : null}
          </Card>
        ) : null}
        <AttachedResources
          db={ctx.db}
          networkId={ctx.network.id}
          networkSlug={ctx.network.slug}
          target={{ serdActionId: action.id }}
          canAttach={ctx.can("tools.share")}
        />
      </div>
    </ClientMessages>
  );
}
