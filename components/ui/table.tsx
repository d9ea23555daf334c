import type { ReactNode } from "react";

/** A data table with a caption (RGAA 5.4) and header cells scoped to their column. */
export function Table({
  caption,
  headers,
  children,
}: {
  caption: string;
  headers: ReactNode[];
  children: ReactNode;
}) {
  return (
    // Focusable so that keyboard users can scroll a wide table (RGAA 7.3).
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-line"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface">
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col" className="border-b border-line px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children }: { children: ReactNode }) {
  return <td className="border-b border-line px-3 py-2 align-top">{children}</td>;
}
