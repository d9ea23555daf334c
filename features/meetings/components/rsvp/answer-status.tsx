import { getTranslations } from "next-intl/server";
import type { AnswerView } from "@/features/meetings/rsvp/answers";
import type { Answer } from "@/features/meetings/rsvp/schemas";

export function initialAnswer(status: string): Answer | null {
  if (status === "registered" || status === "waitlisted") return "yes";
  if (status === "declined") return "no";
  if (status === "excused") return "excused";
  return null;
}

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
