import Link from 'next/link';

/** Previous / next links and "page 2 sur 5", for a list whose filters live in the URL. */
export function Pagination({ label, page, pageCount, hrefFor }: { label: string; page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          <span aria-hidden="true">← </span>Page précédente
        </Link>
      ) : null}
      <span aria-current="page" className="font-semibold text-slate-900">
        Page {page} sur {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next">
          Page suivante<span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
