import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("auth.signInTitle");

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const t = await getTranslations("auth");
  const { callbackUrl, email } = await searchParams;
  // The form gets its sentences as props: no message provider, no next-intl client on this page.
  const labels = {
    email: t("email"),
    password: t("password"),
    signIn: t("signIn"),
    signingIn: t("signingIn"),
    forgotPassword: t("forgotPassword"),
    invalidCredentials: t("invalidCredentials"),
    throttled: t("throttled"),
  };
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mb-6 text-muted">{t("signInIntro")}</p>
      <SignInForm
        callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
        initialEmail={typeof email === "string" ? email : undefined}
        labels={labels}
      />
    </>
  );
}
