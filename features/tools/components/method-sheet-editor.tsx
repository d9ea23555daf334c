import { getTranslations } from "next-intl/server";
import type { Db } from "@/db/types";
import { listMembers } from "@/features/members/queries";
import { serdThemes } from "@/lib/domain/enums";
import { listOrganisationChoices } from "../queries";
import { MethodSheetForm, type MethodSheetValues } from "./method-sheet-form";

/** The fiche méthode editor with its choices (themes, organisations, the network's members as co-authors). */
export async function MethodSheetEditor({
  db,
  networkId,
  networkSlug,
  userId,
  publishes,
  values,
}: {
  db: Db;
  networkId: string;
  networkSlug: string;
  userId: string;
  publishes: boolean;
  values: MethodSheetValues;
}) {
  const ts = await getTranslations("serd");
  const [organisations, members] = await Promise.all([
    listOrganisationChoices(db, { networkId }),
    listMembers(db, { networkId }),
  ]);
  const others = [...new Map(members.filter((m) => m.userId !== userId).map((m) => [m.userId, m])).values()];
  return (
    <MethodSheetForm
      networkSlug={networkSlug}
      values={values}
      publishes={publishes}
      themes={serdThemes.map((v) => ({ value: v, label: ts(`themes.${v}`) }))}
      organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
      members={others.map((m) => ({
        value: m.userId,
        label: `${m.name ?? m.email}${m.organisationName ? ` (${m.organisationName})` : ""}`,
      }))}
    />
  );
}
