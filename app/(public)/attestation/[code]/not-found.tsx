import { getTranslations } from "next-intl/server";

/** An unknown code, or the attestation of someone erased or no longer enrolled: the same answer. */
export default async function AttestationNotFound() {
  const t = await getTranslations("training.verify");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("invalidTitle")}</h1>
      <p>{t("invalidBody")}</p>
    </>
  );
}
