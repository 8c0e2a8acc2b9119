import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';

export type TrailStep = { label: string; href?: string };

/** The top of a page about one event in the partners' space: the way back (breadcrumb), the title, then what follows. */
export function EventPageHeader({ trail, title, children }: { trail: TrailStep[]; title: string; children?: ReactNode }) {
  return (
    <div>
      <nav aria-label="Fil d’Ariane" className="text-sm">
        {trail.map((step, i) => (
          <Fragment key={i}>
            {i > 0 ? (
              <>
                {' '}
                <span aria-hidden="true">›</span>{' '}
              </>
            ) : null}
            {step.href ? <Link href={step.href}>{step.label}</Link> : step.label}
          </Fragment>
        ))}
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-marine-900">{title}</h1>
      {children}
    </div>
  );
}
