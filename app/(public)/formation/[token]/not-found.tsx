import { getTranslations } from "next-intl/server";

/** A forged link, a replaced one, or a cycle whose enrolments are not open: the same answer. */
export default async function SelfEnrolNotFound() {
  const t = await getTranslations("training.self");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("closedTitle")}</h1>
      <p>{t("closedBody")}</p>
    </>
  );
}
