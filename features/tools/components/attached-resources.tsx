import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import type { Db } from "@/db/types";
import { listAttachedResources, listResourceChoices } from "../queries";
import { DetachButton, ResourcePicker, type AttachTargetInput } from "./resource-picker";

/**
 * "Outils partagés" on a meeting's, a SERD action's or a training module's page, with a picker
 * for those who may share (the page passes `canAttach`, from ctx.can("tools.share")). Nothing
 * when none is attached and the reader may not attach. Its page provides the "tools.attach" messages.
 */
export async function AttachedResources({
  db,
  networkId,
  networkSlug,
  target,
  canAttach = false,
  title,
  bare = false,
}: {
  db: Db;
  networkId: string;
  networkSlug: string;
  target: AttachTargetInput;
  canAttach?: boolean;
  /** Heading; default "Outils partagés". */
  title?: string;
  /** Without its card (inside a list of modules). */
  bare?: boolean;
}) {
  const scope = target.trainingModuleId
    ? { networkId, trainingModuleIds: [target.trainingModuleId] }
    : { networkId, eventId: target.eventId, serdActionId: target.serdActionId };
  const rows = await listAttachedResources(db, scope);
  if (rows.length === 0 && !canAttach && !bare) return null;
  const t = await getTranslations("tools");
  const heading = title ?? t("attach.title");
  const attached = new Set(rows.map((r) => r.id));
  const choices = canAttach ? (await listResourceChoices(db, { networkId })).filter((c) => !attached.has(c.id)) : [];
  const body = (
    <>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("attach.none")}</p>
      ) : (
        <ul className="list-disc pl-5">
          {rows.map((r) => (
            <li key={r.id}>
              <Link className="underline" href={`/n/${networkSlug}/tools/resources/${r.id}`}>
                {r.title}
              </Link>{" "}
              <span className="text-sm text-muted">({t(`kinds.${r.kind}`)})</span>
              {canAttach ? <DetachButton networkSlug={networkSlug} target={target} resourceId={r.id} title={r.title} /> : null}
            </li>
          ))}
        </ul>
      )}
      {canAttach ? (
        <ResourcePicker
          networkSlug={networkSlug}
          target={target}
          choices={choices}
          label={t("attach.formLabel", { name: heading })}
        />
      ) : null}
    </>
  );
  if (bare) return body;
  return (
    <Card>
      <CardTitle>{heading}</CardTitle>
      {body}
    </Card>
  );
}
