"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export function NavLink({ href, exact, children }: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      // Two fixed lists rather than cn(), which would bring tailwind-merge into every network page.
      className={`block min-h-11 content-center rounded-md px-3 text-sm hover:bg-surface ${
        active ? "bg-surface font-semibold underline decoration-2 underline-offset-4" : "font-medium"
      }`}
    >
      {children}
    </Link>
  );
}
