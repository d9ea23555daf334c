import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { SelfEnrolForm } from "@/features/training/components/self-enrol-form";
import { findCycleByLink } from "@/features/training/queries";
import { formatMediumDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("training.self.title");

/** A cycle's invitation link: what the training is, and the request form (no account needed). */
export default async function SelfEnrolPage({ params }: PageProps<"/formation/[token]">) {
  await connection();
  const { token } = await params;
  const cycle = await findCycleByLink(getDb(), token);
  if (!cycle) notFound();
  const t = await getTranslations("training");
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={["training.self"]}>
      <h1 className="mb-2 text-2xl font-bold">{cycle.title}</h1>
      <p className="mb-4">
        {cycle.networkName} · {formatMediumDay(cycle.startsOn, locale)} – {formatMediumDay(cycle.endsOn, locale)}
      </p>
      {cycle.description ? <p className="mb-4 whitespace-pre-line">{cycle.description}</p> : null}
      {cycle.objectives ? (
        <Card className="mb-6">
          <h2 className="mb-2 text-lg font-semibold">{t("fields.objectives")}</h2>
          <p className="whitespace-pre-line">{cycle.objectives}</p>
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("self.title")}</h2>
        <p className="mb-4">{t("self.intro")}</p>
        <SelfEnrolForm token={token} />
      </Card>
    </ClientMessages>
  );
}
