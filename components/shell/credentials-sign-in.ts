/**
 * Signs in with email and password through next-auth's own routes (a CSRF token, then
 * POST /api/auth/callback/credentials), as next-auth/react's `signIn("credentials", { redirect: false })`
 * does, without loading that library (≈10 kB gzip) into the page. The session cookie comes back
 * with the answer. `error` is next-auth's error code: "throttled" when the attempts are counted out
 * (server/auth/options.ts), "CredentialsSignin" for a wrong pair, null on success.
 */
export async function credentialsSignIn(email: string, password: string): Promise<{ error: string | null }> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        email,
        password,
        csrfToken,
        callbackUrl: window.location.href,
        json: "true",
      }),
    });
    const { url } = (await response.json()) as { url?: string };
    const error = url ? new URL(url, window.location.href).searchParams.get("error") : "Unknown";
    return { error: response.ok ? error : (error ?? "Unknown") };
  } catch {
    return { error: "Unknown" };
  }
}
