import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import type { Db } from "@/db/types";
import { listAttachedResources } from "../queries";

/** "Outils partagés" on a meeting's or a SERD action's page; nothing when none is attached. */
export async function AttachedResources({
  db,
  networkId,
  networkSlug,
  eventId,
  serdActionId,
}: {
  db: Db;
  networkId: string;
  networkSlug: string;
  eventId?: string;
  serdActionId?: string;
}) {
  const rows = await listAttachedResources(db, { networkId, eventId, serdActionId });
  if (rows.length === 0) return null;
  const t = await getTranslations("tools");
  return (
    <Card>
      <CardTitle>{t("library.title")}</CardTitle>
      <ul className="list-disc pl-5">
        {rows.map((r) => (
          <li key={r.id}>
            <Link className="underline" href={`/n/${networkSlug}/tools/resources/${r.id}`}>
              {r.title}
            </Link>{" "}
            <span className="text-sm text-muted">({t(`kinds.${r.kind}`)})</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
