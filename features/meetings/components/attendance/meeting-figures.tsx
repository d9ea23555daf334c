import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import type { MeetingFigures as Figures } from "@/features/meetings/attendance/figures";

/** Invited, answered, excused, present, organisations and communes of one meeting. */
export async function MeetingFigures({ figures }: { figures: Figures }) {
  const t = await getTranslations("attendance.figures");
  const tiles = [
    [t("invited"), figures.invited],
    [t("answered"), figures.answered],
    [t("excused"), figures.excused],
    [t("present"), figures.present],
    [t("organisations"), figures.organisationsPresent],
    [t("communes"), t("communesOf", { n: figures.communesRepresented, total: figures.memberCommunes })],
  ] as const;
  return (
    <Card className="mb-6">
      <CardTitle>{t("title")}</CardTitle>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {tiles.map(([label, value]) => (
          <div key={label} className="rounded-md bg-surface p-3">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-muted">{t("note")}</p>
    </Card>
  );
}
