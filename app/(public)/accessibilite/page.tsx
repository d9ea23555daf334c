import { LegalPage } from "@/components/shell/legal-page";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("legal.accessibility.title");

export default function AccessibilityPage() {
  return <LegalPage page="accessibility" />;
}
