import { getTranslations } from "next-intl/server";

/** A forged link, a cancelled meeting or one that has started: the same explanation for all. */
export default async function RsvpNotFound() {
  const t = await getTranslations("rsvp.answer");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
    </>
  );
}
