import { getTranslations } from "next-intl/server";
import { answerOfStatus, type AnswerView } from "@/features/meetings/rsvp/answers";

/** The choice the form starts on: the person's current answer. */
export const initialAnswer = answerOfStatus;

/** "Your current answer: …", when it was given, and the place on the waiting list. */
export async function AnswerStatus({ view }: { view: AnswerView }) {
  const t = await getTranslations("rsvp");
  return (
    <div className="space-y-1">
      {view.status === "invited" ? (
        <p>{t("answer.noAnswer")}</p>
      ) : (
        <p className="font-semibold">
          {t("answer.current", { status: t(`statuses.${view.status as "registered"}`) })}
          {view.status === "excused" && view.representedBy
            ? ` ${t("answer.representedByStatus", { name: view.representedBy })}`
            : null}
        </p>
      )}
      {view.answeredAt ? (
        <p className="text-sm text-muted">{t("answer.answeredOn", { date: view.answeredAt })}</p>
      ) : null}
      {view.waitlistPosition ? (
        <p>{t("answer.waitlistPosition", { position: view.waitlistPosition })}</p>
      ) : null}
      {view.open ? (
        <p className="text-sm text-muted">{t("answer.canChange")}</p>
      ) : (
        <p>{t("answer.closed")}</p>
      )}
    </div>
  );
}
