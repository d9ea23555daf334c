import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db/client";
import { TrainerSheet } from "@/features/training/components/trainer-sheet";
import { findTrainerSession } from "@/features/training/queries";
import { parisDateKey } from "@/lib/domain/paris-time";
import { clockTime, formatMediumDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("training.trainerPage.title");

/** A trainer's personal link: the attendance of their own session, nothing else, until it expires. */
export default async function TrainerPage({ params }: PageProps<"/formateur/[token]">) {
  await connection();
  const { token } = await params;
  const session = await findTrainerSession(getDb(), token);
  if (!session) notFound();
  const t = await getTranslations("training.trainerPage");
  const locale = await getLocale();
  const started = parisDateKey(session.startsAt) <= parisDateKey(new Date());
  return (
    <ClientMessages namespaces={["training.trainerPage"]}>
      <h1 className="mb-1 text-2xl font-bold">{session.title}</h1>
      <p className="mb-1">
        {session.networkName} · {session.module}
      </p>
      <p className="mb-4">
        {formatMediumDay(parisDateKey(session.startsAt), locale)}, {clockTime(session.startsAt, locale)} –{" "}
        {clockTime(session.endsAt, locale)}
        {session.place ? ` · ${session.place}` : ""}
      </p>
      <p className="mb-4 text-sm text-muted">
        {t("expires", { date: formatMediumDay(parisDateKey(session.expiresAt!), locale) })}
      </p>
      {!started ? (
        <p>{t("notYet")}</p>
      ) : session.trainees.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <TrainerSheet
          token={token}
          trainees={session.trainees.map((p) => ({ contactId: p.contactId, name: `${p.firstName} ${p.lastName}`, status: p.status }))}
        />
      )}
    </ClientMessages>
  );
}
