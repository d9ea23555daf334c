import Link from "next/link";

/** Previous / next links that keep the other query parameters; plain links, so they work without JS. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; status: string };
}) {
  if (pageCount <= 1) return null;
  const link =
    "min-h-11 content-center rounded-md border border-line px-3 text-sm font-semibold hover:bg-surface";
  return (
    <nav aria-label={labels.nav} className="mt-4 flex items-center gap-3">
      {page > 1 ? (
        <Link className={link} href={hrefFor(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : null}
      <span className="text-sm" aria-current="page">
        {labels.status}
      </span>
      {page < pageCount ? (
        <Link className={link} href={hrefFor(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
