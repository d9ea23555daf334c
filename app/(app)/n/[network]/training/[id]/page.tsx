import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listEditions } from "@/features/serd/queries";
import { CycleFiguresCard } from "@/features/training/components/cycle-figures";
import { ProgressTable } from "@/features/training/components/progress-table";
import { getConversion, getCycle, getCycleFigures, listTraineeProgress } from "@/features/training/queries";
import { conversionParams } from "@/features/training/schemas";
import { calendarDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";
import { ClientMessages } from "@/components/client-messages";
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
  const [figures, trainees, editions] = await Promise.all([
    getCycleFigures(ctx.db, scope),
    listTraineeProgress(ctx.db, scope),
    listEditions(ctx.db, { networkId: ctx.network.id }),
  ]);
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
    <ClientMessages namespaces={["tools.attach"]}>
      <PageHeader title={cycle.title} />
      <p className="mb-4">
        {calendarDay(format, cycle.startsOn)} – {calendarDay(format, cycle.endsOn)} · {t(`statuses.${cycle.status}`)} ·{" "}
        {t(`rules.${cycle.completionRule}`)}
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
      <Card className="mb-6">
        <CardTitle>{t("modules")}</CardTitle>
        <ol className="list-decimal pl-6">
          {(figures?.byModule ?? []).map((m) => (
            <li key={m.moduleId}>
              {m.theme} — {t("hours", { hours: format.number(m.plannedHours) })} · {m.sessions} {t("sessions").toLowerCase()} ·{" "}
              {t("trainedCount", { n: m.trained })}
            </li>
          ))}
        </ol>
      </Card>
      <h2 className="mb-2 text-xl font-semibold">{t("progress")}</h2>
      <ProgressTable modules={cycle.modules} trainees={trainees} />
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
