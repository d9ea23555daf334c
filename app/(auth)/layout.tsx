import type { ReactNode } from "react";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
