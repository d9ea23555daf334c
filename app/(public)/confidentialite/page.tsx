import { LegalPage } from "@/components/shell/legal-page";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("legal.privacy.title");

export default function PrivacyPage() {
  return <LegalPage page="privacy" />;
}
