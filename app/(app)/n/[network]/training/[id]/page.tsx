import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClientMessages } from "@/components/client-messages";
import { buttonVariants } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TimeSpentCard } from "@/features/dashboards/components/time-spent";
import { staffTimeFor } from "@/features/dashboards/queries";
import { listEditions } from "@/features/serd/queries";
import { CycleFiguresCard } from "@/features/training/components/cycle-figures";
import { TrainerLinkButton } from "@/features/training/components/trainer-link-button";
import { ProgressTable } from "@/features/training/components/progress-table";
import {
  getConversion,
  getCycle,
  getCycleFigures,
  listTraineeProgress,
  loadCycleStructure,
} from "@/features/training/queries";
import { parisDateKey } from "@/lib/domain/paris-time";
import { conversionParams } from "@/features/training/schemas";
import type { TrainingSessionKind } from "@/features/training/constants";
import { calendarDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";
import { AttachedResources } from "@/features/tools/components/attached-resources";

export const generateMetadata = pageTitle("training.title");

export default async function CyclePage({ params, searchParams }: PageProps<"/n/[network]/training/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "training.read");
  const scope = { networkId: ctx.network.id, cycleId: id };
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const cycle = await getCycle(ctx.db, { networkId: ctx.network.id, id });
  if (!cycle) notFound();
  const t = await getTranslations("training");
  const format = await getFormatter();
  const [figures, trainees, editions, structure, spent] = await Promise.all([
    getCycleFigures(ctx.db, scope),
    listTraineeProgress(ctx.db, scope),
    listEditions(ctx.db, { networkId: ctx.network.id }),
    loadCycleStructure(ctx.db, scope),
    // Staff time on this cycle, read-only, for those who follow the programme's figures.
    ctx.can("dashboard.read")
      ? staffTimeFor(ctx.db, { networkId: ctx.network.id, activity: { kind: "training_cycle", cycleId: id } })
      : null,
  ]);
  const canWrite = ctx.can("training.write");
  const base = `/n/${ctx.network.slug}/training/${cycle.id}`;
  const alerts = trainees.filter((p) => p.absences >= cycle.absenceThreshold);
  const { edition } = conversionParams.parse(await searchParams);
  // By default, the edition of the cycle's year (or the latest one).
  const year = Number(cycle.startsOn.slice(0, 4));
  const editionId =
    (edition && editions.some((e) => e.id === edition) ? edition : null) ??
    editions.find((e) => e.year === year)?.id ??
    editions[0]?.id ??
    null;
  const conversion = editionId ? await getConversion(ctx.db, { ...scope, editionId }) : null;
  const tt = await getTranslations("tools.attach");
  return (
    <ClientMessages namespaces={["training", "tools.attach"]}>
      <PageHeader
        title={cycle.title}
        actions={
          <nav aria-label={t("title")} className="flex flex-wrap gap-2">
            {canWrite ? (
              <>
                <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/edit`}>
                  {t("actions.edit")}
                </Link>
                <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/modules/new`}>
                  {t("actions.addModule")}
                </Link>
                <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/sessions/new`}>
                  {t("actions.planSession")}
                </Link>
                <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/enrolments`}>
                  {t("actions.enrolments")}
                </Link>
              </>
            ) : null}
            <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/attendance`}>
              {t("actions.attendance")}
            </Link>
          </nav>
        }
      />
      <p className="mb-4">
        {calendarDay(format, cycle.startsOn)} – {calendarDay(format, cycle.endsOn)} ·{" "}
        {t(`statuses.${cycle.status}`)} · {t(`rules.${cycle.completionRule}`)}
      </p>
      {cycle.objectives ? (
        <Card className="mb-6">
          <CardTitle>{t("fields.objectives")}</CardTitle>
          <p className="whitespace-pre-line">{cycle.objectives}</p>
        </Card>
      ) : null}
      {figures ? (
        <CycleFiguresCard
          figures={figures}
          conversion={conversion}
          editions={editions.map((e) => ({ id: e.id, year: e.year }))}
          editionId={editionId}
        />
      ) : null}
      {spent ? <TimeSpentCard spent={spent} of="cycle" /> : null}
      {canWrite && alerts.length ? (
        <Alert tone="error" className="mb-6">
          <p className="font-semibold">{t("alerts.title")}</p>
          <ul className="list-disc pl-6">
            {alerts.map((p) => (
              <li key={p.enrolmentId}>
                {t("alerts.line", { name: `${p.firstName} ${p.lastName}`, n: p.absences, threshold: cycle.absenceThreshold })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Card className="mb-6">
        <CardTitle>{t("modules")}</CardTitle>
        <ol className="list-decimal space-y-3 pl-6">
          {(figures?.byModule ?? []).map((m) => {
            const sessions = structure?.sessions.filter((s) => s.moduleId === m.moduleId) ?? [];
            return (
              <li key={m.moduleId}>
                <span className="font-semibold">{m.theme}</span> — {t("hours", { hours: format.number(m.plannedHours) })} ·{" "}
                {m.sessions} {t("sessions").toLowerCase()} · {t("trainedCount", { n: m.trained })}
                {canWrite ? (
                  <Link
                    className="ml-2 inline-flex min-h-11 items-center underline"
                    href={`${base}/modules/${m.moduleId}/edit`}
                    aria-label={t("actions.editModule", { theme: m.theme })}
                  >
                    {t("actions.edit")}
                  </Link>
                ) : null}
                {sessions.length ? (
                  <ul className="list-disc pl-6">
                    {sessions.map((s) => (
                      <li key={s.eventId}>
                        <Link className="underline" href={`/n/${ctx.network.slug}/meetings/${s.eventId}`}>
                          {s.title}
                        </Link>{" "}
                        · {calendarDay(format, parisDateKey(s.startsAt))} · {t(`kinds.${s.kind as TrainingSessionKind}`)}
                        {canWrite ? (
                          <>
                            {" · "}
                            <TrainerLinkButton networkSlug={ctx.network.slug} eventId={s.eventId} session={s.title} />
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-sm text-muted">{t("noSessions")}</p>
                )}
              </li>
            );
          })}
        </ol>
      </Card>
      <h2 className="mb-2 text-xl font-semibold">{t("progress")}</h2>
      <ProgressTable
        modules={cycle.modules}
        trainees={trainees}
        attestationBase={canWrite ? `/api/n/${ctx.network.slug}/training/${cycle.id}/attestations` : undefined}
      />
      <Card className="mt-6">
        <CardTitle>{tt("title")}</CardTitle>
        {cycle.modules.map((m) => (
          <section key={m.id} className="mb-4" aria-labelledby={`module-tools-${m.id}`}>
            <h3 id={`module-tools-${m.id}`} className="font-semibold">
              {tt("moduleTitle", { name: m.theme })}
            </h3>
            <AttachedResources
              db={ctx.db}
              networkId={ctx.network.id}
              networkSlug={ctx.network.slug}
              target={{ trainingModuleId: m.id }}
              canAttach={ctx.can("tools.share")}
              title={m.theme}
              bare
            />
          </section>
        ))}
      </Card>
    </ClientMessages>
  );
}
