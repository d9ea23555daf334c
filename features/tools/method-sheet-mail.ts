import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { contacts, toolResources } from "@/db/schema";
import type { Db } from "@/db/types";
import { segmentContactsWhere } from "@/features/directory/queries";
import { ActionError } from "@/lib/action-result";
import { translator } from "@/lib/i18n/messages";
import type { MailAttachment, Mailer } from "@/server/mail/mailer";
import { renderMail } from "@/server/mail/render";
import { buildFichePdf } from "./fiche-pdf";
import { getMethodSheet, listMethodSheetAuthors } from "./method-sheets";

// The coordinator sends one or several published fiches méthodes to a saved segment of the
// directory: one mail per person with an email, each fiche as a PDF attachment, all enqueued in
// one transaction (server/mail writes them in the outbox or the queue), so all or none go.

export type SendFichesParams = { networkId: string; networkName: string; appUrl: string; networkSlug: string; locale?: string };

export async function sendMethodSheets(
  db: Db,
  mailer: Mailer,
  params: SendFichesParams,
  input: { resourceIds: string[]; segmentId: string },
): Promise<{ sent: number }> {
  const ids = [...new Set(input.resourceIds)];
  const fiches = await db
    .select({ id: toolResources.id, title: toolResources.title })
    .from(toolResources)
    .where(
      and(
        eq(toolResources.networkId, params.networkId),
        inArray(toolResources.id, ids),
        eq(toolResources.kind, "method_sheet"),
        eq(toolResources.status, "published"),
      ),
    );
  if (fiches.length === 0 || fiches.length !== ids.length)
    throw new ActionError("invalid_input", "tools.validation.unpublishedFiche", { resourceIds: "tools.validation.unpublishedFiche" });
  const where = await segmentContactsWhere(db, { networkId: params.networkId, segmentId: input.segmentId });
  if (!where) throw new ActionError("invalid_input", "tools.validation.unknownSegment", { segmentId: "tools.validation.unknownSegment" });
  const people = await db
    .selectDistinct({ email: contacts.email })
    .from(contacts)
    .where(and(where, isNotNull(contacts.email)));
  if (people.length === 0)
    throw new ActionError("invalid_input", "tools.validation.emptySegment", { segmentId: "tools.validation.emptySegment" });
  const attachments: MailAttachment[] = [];
  for (const f of fiches) {
    const scope = { networkId: params.networkId, resourceId: f.id };
    const sections = (await getMethodSheet(db, scope))!;
    const authors = await listMethodSheetAuthors(db, scope);
    const pdf = await buildFichePdf({ title: f.title, networkName: params.networkName, authors, sections });
    attachments.push({ filename: `${slugOf(f.title)}.pdf`, contentType: "application/pdf", content: Buffer.from(pdf) });
  }
  const t = translator(params.locale ?? "fr");
  const titles = fiches.map((f) => f.title);
  const subject =
    fiches.length === 1
      ? t("tools.mail.ficheSubject", { title: titles[0]! })
      : t("tools.mail.fichesSubject", { count: fiches.length, network: params.networkName });
  const body = renderMail({
    paragraphs: [t("tools.mail.ficheBody", { network: params.networkName, count: fiches.length }), titles.map((x) => `• ${x}`).join("\n")],
    links: fiches.map((f) => ({
      label: f.title,
      url: `${params.appUrl}/n/${params.networkSlug}/tools/resources/${f.id}`,
    })),
  });
  await db.transaction(async (tx) => {
    for (const p of people) await mailer.send(tx, { to: p.email!, subject, ...body, attachments });
  });
  return { sent: people.length };
}

/** A file name from a title: "Fiche méthode : tri" → "fiche-methode-tri". */
function slugOf(title: string): string {
  return (
    title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "fiche-methode"
  );
}
