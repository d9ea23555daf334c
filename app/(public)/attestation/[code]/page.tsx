import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { verifyAttestation } from "@/features/training/queries";
import { formatMediumDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("training.verify.title");

/** The public page of an attestation's verification code: valid, and for whom (name, cycle, dates). */
export default async function VerifyAttestationPage({ params }: PageProps<"/attestation/[code]">) {
  await connection();
  const { code } = await params;
  const found = await verifyAttestation(getDb(), code);
  if (!found) notFound();
  const t = await getTranslations("training.verify");
  const locale = await getLocale();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <Card>
        <p className="mb-3 text-lg font-semibold text-success">{t("valid")}</p>
        <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("name")}</dt>
          <dd>{found.name}</dd>
          <dt className="font-semibold">{t("cycle")}</dt>
          <dd>{found.cycle}</dd>
          <dt className="font-semibold">{t("dates")}</dt>
          <dd>
            {formatMediumDay(found.startsOn, locale)} – {formatMediumDay(found.endsOn, locale)}
          </dd>
        </dl>
      </Card>
    </>
  );
}
