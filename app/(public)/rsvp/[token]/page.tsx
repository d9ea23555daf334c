import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { AnswerForm } from "@/features/meetings/components/rsvp/answer-form";
import { AnswerStatus, initialAnswer } from "@/features/meetings/components/rsvp/answer-status";
import { EventSummary } from "@/features/meetings/components/rsvp/event-summary";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { findAnswerByToken } from "@/features/meetings/rsvp/answers";
import { answers, type Answer } from "@/features/meetings/rsvp/schemas";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("rsvp.answer.title");

export default async function RsvpPage({ params, searchParams }: PageProps<"/rsvp/[token]">) {
  await connection();
  const { token } = await params;
  const view = token.length <= 200 ? await findAnswerByToken(getDb(), token) : null;
  // Forged link, cancelled or started event: 404 with the explanation of not-found.tsx.
  if (!view || !view.open) notFound();
  const t = await getTranslations("rsvp");
  const asked = (await searchParams).answer;
  const preselected = (answers as readonly string[]).includes(String(asked)) ? (asked as Answer) : null;
  return (
    <ClientMessages namespaces={["rsvp.answer", "rsvp.answers", "rsvp.statuses"]}>
      <h1 className="mb-4 text-2xl font-bold">{view.event.title}</h1>
      <p className="mb-4">
        {t("answer.greeting", { name: view.firstName })}{" "}
        {t("answer.intro", { network: view.event.networkName })}
      </p>
      <Card className="mb-6">
        <EventSummary event={view.event} locale={await getLocale()} />
        {view.event.description ? <p className="mt-4 whitespace-pre-line">{view.event.description}</p> : null}
        <a className="mt-4 inline-flex min-h-11 items-center underline" href={`/rsvp/${token}/ics`}>
          {t("answer.calendar")}
        </a>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("answer.choice")}</h2>
        <div className="mb-4">
          <AnswerStatus view={view} />
        </div>
        <AnswerForm
          initial={initialAnswer(view.status)}
          fromLink={preselected}
          message={view.answerMessage}
          representedBy={view.representedBy}
          eventType={view.event.eventType}
          target={{ token }}
        />
      </Card>
    </ClientMessages>
  );
}
