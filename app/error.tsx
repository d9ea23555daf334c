"use client";
import { useErrorMessages } from "@/components/shell/error-messages";
import { buttonVariants } from "@/components/ui/button-variants";

// Unexpected failures show a French message and a retry, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorMessages();
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="mb-4 text-2xl font-bold">{t.title}</h1>
      <p className="mb-4">{t.body}</p>
      <button type="button" className={buttonVariants()} onClick={reset}>
        {t.retry}
      </button>
    </main>
  );
}
