import Link from 'next/link';
import type { PracticeCard as Card } from '@/lib/practices/collection';
import { PRACTICE_THEMES } from '@/lib/practices/model';
import type { SnippetPart } from '@/lib/practices/snippet';

/** The words of the text that matched the search, marked (and said so to screen readers by <mark>). */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

export function ThemeList({ themes, label = 'Thèmes' }: { themes: Card['themes']; label?: string }) {
  if (themes.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {themes.map((theme) => (
        <li key={theme} className="rounded bg-marine-50 px-2 py-0.5 text-sm text-marine-800">
          {PRACTICE_THEMES[theme]}
        </li>
      ))}
    </ul>
  );
}

export function PracticeCard({ practice, headingLevel = 'h2' }: { practice: Card; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const territory = [practice.regionName, practice.department, practice.qpv ? 'QPV' : null].filter(Boolean).join(' · ');
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-sm font-semibold text-corail-700">{territory}</p>
      <Heading className="text-lg font-bold text-marine-900">
        <Link href={`/pratiques/${practice.slug}`} className="text-marine-900 hover:underline">
          {practice.titleParts ? <Snippet parts={practice.titleParts} /> : practice.title}
        </Link>
      </Heading>
      <p className="break-words text-slate-800">{practice.snippet ? <Snippet parts={practice.snippet} /> : practice.summary}</p>
      <div className="mt-auto pt-2">
        <ThemeList themes={practice.themes} />
      </div>
    </article>
  );
}
