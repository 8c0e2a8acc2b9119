import type { ReactNode } from 'react';

/** A titled section of an editor page, named by its heading for assistive technologies. */
export function Section({ id, title, className = 'space-y-4', children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-2xl font-bold text-marine-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
