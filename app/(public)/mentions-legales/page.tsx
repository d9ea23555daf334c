import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage } from "@/components/shell/legal-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal.notice"))("title") };
}

export default function NoticePage() {
  return <LegalPage page="notice" />;
}
