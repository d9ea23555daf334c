/** Readable styles for the minutes' HTML (sanitised on save: simple tags only). */
export const minutesClass =
  "space-y-2 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-3 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6";

/** The stored minutes, already sanitised by features/meetings/attendance/minutes.ts when saved. */
export function MinutesView({ html }: { html: string }) {
  return <div className={minutesClass} dangerouslySetInnerHTML={{ __html: html }} />;
}
