import Link from 'next/link';
import type { PresentedPractice } from '@/lib/events/model';

/** The published practices presented at a plenary item or an atelier of a meeting's page. */
export function PresentedPracticeList({ practices, headingLevel = 'p' }: { practices: PresentedPractice[] | undefined; headingLevel?: 'p' | 'h5' }) {
  if (!practices?.length) return null;
  const Heading = headingLevel;
  return (
    <div className="mt-2 rounded border-l-4 border-corail-600 bg-corail-50 px-3 py-2">
      <Heading className="text-sm font-semibold text-slate-900">{practices.length > 1 ? 'Pratiques inspirantes présentées' : 'Pratique inspirante présentée'}</Heading>
      <ul className="mt-1 space-y-2">
        {practices.map((p) => (
          <li key={p.slug} className="min-w-0 break-words text-sm">
            <Link href={`/pratiques/${p.slug}`} className="font-semibold">
              {p.title}
            </Link>
            <span className="text-slate-700"> · {p.regionName}</span>
            {p.summary ? <span className="block text-slate-800">{p.summary}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
