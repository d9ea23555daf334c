// GET|POST /api/auth/* – next-auth endpoints (sign-in with email and password, sign-out, session)
import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, ctx: Ctx) {
  return NextAuth(authOptions())(request, ctx);
}

export { handler as GET, handler as POST };
