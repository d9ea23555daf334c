"use client";

/** Opens the browser's print dialog (the page has an A4 print stylesheet). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-md border border-line bg-white px-4 py-2 font-semibold print:hidden"
    >
      {label}
    </button>
  );
}
