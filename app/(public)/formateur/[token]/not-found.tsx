import { getTranslations } from "next-intl/server";

/** A forged, replaced or expired trainer link: the same answer. */
export default async function SelfEnrolNotFound() {
  const t = await getTranslations("training.trainerPage");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("closedTitle")}</h1>
      <p>{t("closedBody")}</p>
    </>
  );
}
