// What each chart of the statistics page draws, from figures already computed by SQL.
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { departmentLabel } from '@/lib/stats/departments';
import { formatCount, formatRatio } from '@/lib/stats/format';
import { LIST_ENDS, listEnds } from '@/lib/stats/page-tables';
import type { StatTableSlug } from '@/lib/stats/tables';
import type { TourStatistics } from '@/lib/stats/tour-statistics';
import { worldLabel } from '@/lib/stats/worlds';
import { SERIES, type ChartSpec } from './bar-chart';
import { practiceChartOf } from './practice-charts';

/** Long lists show their first bars only; the table keeps every row. */
const MAX_BARS = 15;

function firstBars(spec: ChartSpec, what: string): ChartSpec {
  if (spec.items.length <= MAX_BARS) return spec;
  return { ...spec, items: spec.items.slice(0, MAX_BARS), note: `les ${MAX_BARS} premiers ${what} sur ${spec.items.length}` };
}

const one = (name: string) => [{ name, barClass: SERIES.primary }];
const countAndShare = (count: number, share: number | null) => `${formatCount(count)} (${formatRatio(share)})`;
const ratioOf = (ratio: number | null, part: number, whole: number, none: string) =>
  ratio === null ? none : `${formatRatio(ratio)} (${formatCount(part)}/${formatCount(whole)})`;

/** What a statistic's chart draws; null for a statistic without a chart (a list of places). */
export function chartOf(stats: TourStatistics, slug: StatTableSlug): ChartSpec | null {
  const severalEditions = stats.filters.edition === undefined;
  switch (slug) {
    case 'regions':
      return {
        title: 'inscriptions et personnes uniques par région',
        series: [
          { name: 'Inscriptions', barClass: SERIES.primary },
          { name: 'Personnes uniques', barClass: SERIES.secondary },
        ],
        items: stats.byRegion
          .filter((r) => r.level === 'region')
          .map((r) => ({
            label: severalEditions ? `${r.regionName} ${r.edition}` : r.regionName!,
            values: [r.registrations, r.people],
            display: [formatCount(r.registrations), formatCount(r.people)],
          })),
      };
    case 'organisations':
      return {
        title: "inscriptions par type d'organisation",
        series: one('Inscriptions'),
        items: stats.organisationTypes.map((t) => ({
          label: organisationTypeLabel(t.type),
          values: [t.registrations],
          display: [countAndShare(t.registrations, t.share)],
        })),
      };
    case 'departements':
      return firstBars(
        {
          title: 'inscriptions par département',
          series: one('Inscriptions'),
          items: stats.departments.map((d) => ({
            label: departmentLabel(d.code, d.name),
            values: [d.registrations],
            display: [countAndShare(d.registrations, d.share)],
          })),
        },
        'départements',
      );
    case 'ateliers': {
      // The same ateliers as the table below it: all of them, or the fullest and the emptiest.
      const ends = listEnds(stats.workshops);
      return {
        title: 'remplissage des ateliers, du plus rempli au moins rempli',
        series: one('Remplissage'),
        max: 1,
        items: (ends ? [...ends.first, ...ends.last] : stats.workshops).map((w) => ({
          label: `${w.code}. ${w.title} (${w.eventTitle})`,
          values: [w.fill ?? 0],
          display: [ratioOf(w.fill, w.confirmed, w.capacity, 'sans capacité')],
        })),
        ...(ends ? { note: `les ${LIST_ENDS} plus remplis et les ${LIST_ENDS} moins remplis sur ${ends.total}` } : {}),
      };
    }
    case 'mondes':
      return {
        title: 'participants confirmés par monde',
        series: one('Participants'),
        items: stats.worlds.map((w) => ({ label: worldLabel(w.world), values: [w.attendees], display: [countAndShare(w.attendees, w.share)] })),
      };
    case 'presence': {
      const { events, overall } = stats.checkIn;
      return firstBars(
        {
          title: 'taux de présence des rencontres passées',
          series: one('Présence'),
          max: 1,
          // No bar at all before the first event has taken place.
          items: events.length === 0 ? [] : [
            { label: 'Ensemble des rencontres passées', values: [overall.rate ?? 0], display: [ratioOf(overall.rate, overall.checkedIn, overall.confirmed, 'aucun confirmé')] },
            ...events.map((m) => ({ label: m.eventTitle!, values: [m.rate ?? 0], display: [ratioOf(m.rate, m.checkedIn, m.confirmed, 'aucun confirmé')] })),
          ],
        },
        'éléments',
      );
    }
    case 'fidelite':
      return {
        title: 'personnes selon le nombre de rencontres où elles étaient confirmées',
        series: one('Personnes'),
        items: stats.repeatAttendees.distribution.map((d) => ({
          label: `${d.events} rencontre${d.events > 1 ? 's' : ''}`,
          values: [d.people],
          display: [countAndShare(d.people, d.share)],
        })),
      };
    default:
      return practiceChartOf(stats, slug);
  }
}
