import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { TraineeProgress } from "../progress";

/** One row per trainee: sessions and hours per module, and completion by the cycle's rule. */
export async function ProgressTable({
  modules,
  trainees,
  attestationBase,
}: {
  modules: { id: string; theme: string }[];
  trainees: TraineeProgress[];
  /** The attestations' download path (coordinators); absent: no link. */
  attestationBase?: string;
}) {
  const t = await getTranslations("training");
  const format = await getFormatter();
  return (
    <Table
      caption={t("progress")}
      headers={[t("trainees"), ...modules.map((m) => m.theme), t("sessions"), t("fields.plannedHours"), t("completed")]}
    >
      {trainees.map((p) => (
        <tr key={p.enrolmentId}>
          <Td>{`${p.firstName} ${p.lastName}`}</Td>
          {p.modules.map((m) => (
            <Td key={m.moduleId}>{`${m.sessions} · ${t("hours", { hours: format.number(m.hours) })}`}</Td>
          ))}
          <Td>{p.sessionsAttended}</Td>
          <Td>{t("hours", { hours: format.number(p.hoursAttended) })}</Td>
          <Td>
            {p.completed ? t("completed") : t("notCompleted")}
            {p.completed && attestationBase ? (
              <a
                className="ml-2 inline-flex min-h-11 items-center underline"
                href={`${attestationBase}/${p.enrolmentId}`}
                aria-label={t("actions.attestationOf", { name: `${p.firstName} ${p.lastName}` })}
              >
                {t("actions.attestation")}
              </a>
            ) : null}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
