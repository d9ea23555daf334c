"use client";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { Table, Td } from "@/components/ui/table";
import { duplicateChoices, type DuplicateChoice, type Duplicate } from "@/features/directory/import/constants";

/** Each duplicate with its choice (merge, skip, create anyway), and one choice for all of them. */
export function DuplicateChoices({
  duplicates,
  duplicateCount,
  allowCreate,
  defaultChoice,
  choices,
  onDefaultChoice,
  onChoice,
}: {
  duplicates: Duplicate[];
  duplicateCount: number;
  allowCreate: boolean;
  defaultChoice: DuplicateChoice;
  choices: Record<string, DuplicateChoice>;
  onDefaultChoice: (choice: DuplicateChoice) => void;
  onChoice: (row: number, choice: DuplicateChoice) => void;
}) {
  const t = useTranslations("import.review");
  const offered = duplicateChoices.filter((c) => allowCreate || c !== "create");
  return (
    <section aria-labelledby="import-duplicates-title" className="space-y-3">
      <h4 id="import-duplicates-title" className="text-base font-semibold">
        {t("duplicatesTitle")}
      </h4>
      <p>{t("duplicatesIntro")}</p>
      <div className="max-w-sm">
        <SelectField
          label={t("allChoice")}
          hint={t("allChoiceHint")}
          name="defaultChoice"
          value={defaultChoice}
          onChange={(event) => onDefaultChoice(event.target.value as DuplicateChoice)}
        >
          {offered.map((c) => (
            <option key={c} value={c}>
              {t(c)}
            </option>
          ))}
        </SelectField>
      </div>
      <Table caption={t("duplicatesCaption")} headers={[t("row"), t("match"), t("choice")]}>
        {duplicates.map((d) => (
          <tr key={d.row}>
            <Td>{d.row}</Td>
            <Td>
              {d.target.type === "existing"
                ? t("duplicateOf", { label: d.target.label })
                : t("duplicateOfRow", { row: d.target.row, label: d.target.label })}
            </Td>
            <Td>
              <fieldset className="flex flex-wrap gap-x-4">
                <legend className="sr-only">{t("choiceFor", { row: d.row })}</legend>
                {offered.map((c) => (
                  <label key={c} className="flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      name={`choice-${d.row}`}
                      value={c}
                      checked={(choices[d.row] ?? defaultChoice) === c}
                      onChange={() => onChoice(d.row, c)}
                      className="size-5"
                    />
                    {t(c)}
                  </label>
                ))}
              </fieldset>
            </Td>
          </tr>
        ))}
      </Table>
      {duplicateCount > duplicates.length ? (
        <p>{t("moreDuplicates", { count: duplicateCount - duplicates.length })}</p>
      ) : null}
    </section>
  );
}
