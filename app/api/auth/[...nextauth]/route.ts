// GET|POST /api/auth/* – next-auth endpoints (sign-in with email and password, sign-out, session)
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/options";
import { capBody, tooLarge } from "@/server/http/body-limit";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Sign-in forms are a few hundred bytes.
const maxBodyBytes = 16 * 1024;

async function handler(raw: Request, ctx: Ctx) {
  const request = await capBody(raw, maxBodyBytes).catch(() => null);
  if (!request) return tooLarge("Payload Too Large");
  // next-auth reads request.nextUrl: a NextRequest again.
  return NextAuth(authOptions())(request === raw ? raw : new NextRequest(request), ctx);
}

export { handler as GET, handler as POST };
