import { getTranslations } from "next-intl/server";
import { methodSheetSections, type MethodSheetSection } from "@/lib/domain/tools";

/** The sections of a fiche méthode, each under its heading, then its co-authors. */
export async function MethodSheetSections({
  sections,
  authors,
  pdfHref,
}: {
  sections: Record<MethodSheetSection, string>;
  authors: string[];
  pdfHref: string;
}) {
  const t = await getTranslations("tools");
  return (
    <div className="space-y-4">
      {authors.length ? <p className="text-sm text-muted">{t("fiche.authors", { names: authors.join(", ") })}</p> : null}
      {methodSheetSections
        .filter((key) => sections[key].trim())
        .map((key) => (
          <section key={key}>
            <h2 className="text-lg font-semibold">{t(`fiche.sections.${key}`)}</h2>
            <p className="whitespace-pre-line">{sections[key]}</p>
          </section>
        ))}
      <p>
        <a className="underline" href={pdfHref}>
          {t("fiche.print")}
        </a>
      </p>
    </div>
  );
}
