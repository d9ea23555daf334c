import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/server/env";
import { sessionCookies, sessionMaxAgeSeconds } from "./options";

/**
 * After a password change has raised the user's session version (ending every session), the
 * session of the request that changed it is re-issued under the new version, so that only the
 * *other* sessions end. A server action may set cookies; the token keeps its claims but `sv`.
 */
export async function keepCurrentSession(userId: string, sessionVersion: number): Promise<void> {
  const { name, options } = sessionCookies(env().APP_URL).sessionToken!;
  const jar = await cookies();
  const current = jar.get(name)?.value;
  const secret = env().NEXTAUTH_SECRET;
  const token = current ? await decode({ token: current, secret }).catch(() => null) : null;
  if (!token || token.sub !== userId) return;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  const value = await encode({ token: { ...claims, sv: sessionVersion }, secret, maxAge: sessionMaxAgeSeconds });
  jar.set(name, value, { ...options, maxAge: sessionMaxAgeSeconds });
}
