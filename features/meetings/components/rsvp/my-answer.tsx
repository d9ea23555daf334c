import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { findMemberAnswer } from "@/features/meetings/rsvp/answers";
import { requireMembership } from "@/server/access/server";
import { AnswerForm } from "./answer-form";
import { AnswerStatus, initialAnswer } from "./answer-status";

/** The signed-in member's own invitation to an event, with the answer form; nothing when not invited. */
export async function MyAnswer({ networkSlug, eventId }: { networkSlug: string; eventId: string }) {
  const ctx = await requireMembership(networkSlug, "events.read");
  const view = await findMemberAnswer(ctx.db, { networkId: ctx.network.id, userId: ctx.userId, eventId });
  if (!view) return null;
  const t = await getTranslations("rsvp");
  return (
    <Card>
      <CardTitle>{t("myAnswer.title")}</CardTitle>
      <AnswerStatus view={view} />
      {view.open && ctx.can("events.answer") ? (
        <div className="mt-4">
          <AnswerForm
            initial={initialAnswer(view.status)}
            message={view.answerMessage}
            representedBy={view.representedBy}
            eventType={view.event.eventType}
            target={{ networkSlug: ctx.network.slug, eventId }}
          />
        </div>
      ) : null}
    </Card>
  );
}
