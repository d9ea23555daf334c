import { getTranslations } from "next-intl/server";
import { SignOutControl } from "./sign-out-control";

export async function SignOutButton() {
  const t = await getTranslations("shell");
  return <SignOutControl label={t("signOut")} />;
}
