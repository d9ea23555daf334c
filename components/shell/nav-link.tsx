"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export function NavLink({ href, exact, children }: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "block min-h-11 content-center rounded-md px-3 text-sm font-medium hover:bg-surface",
        active && "bg-surface font-semibold underline decoration-2 underline-offset-4",
      )}
    >
      {children}
    </Link>
  );
}
