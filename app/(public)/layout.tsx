import type { ReactNode } from "react";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
