"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { localeCookie, locales } from "@/lib/i18n/config";

const schema = z.enum(locales);

// POST (server action) – remember the interface language for a year
export async function setLocaleAction(locale: string): Promise<void> {
  const parsed = schema.safeParse(locale);
  if (!parsed.success) return;
  (await cookies()).set(localeCookie, parsed.data, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
}
