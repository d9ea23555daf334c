import { getTranslations } from "next-intl/server";

type Section = { title: string; paragraphs: string[] };

/** A legal page whose text lives in the message files under legal.<page>. */
export async function LegalPage({ page }: { page: "accessibility" | "privacy" | "notice" }) {
  const t = await getTranslations(`legal.${page}`);
  const sections = t.raw("sections") as Section[];
  return (
    <article className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {sections.map((s) => (
        <section key={s.title} className="space-y-2">
          <h2 className="text-lg font-semibold">{s.title}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
