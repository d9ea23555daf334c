import { LegalPage } from "@/components/shell/legal-page";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("legal.notice.title");

export default function NoticePage() {
  return <LegalPage page="notice" />;
}
