// One practice of the recueil: its territory, themes and actors, then what was done and what came of
// it, with its figures, the meetings where it was presented and its links.
import { Link } from '@react-pdf/renderer';
import { Text, View } from './primitives';
import { figures, paragraphs, practiceAnchor, qpvLabel, themeLabels, type RecueilPractice } from '../model';
import { presentationLine } from '../presentation';
import { styles } from './styles';

function Fact({ label, value }: { label: string; value: string }) {
  if (!value.trim()) return null;
  return (
    <View style={styles.factRow} wrap={false}>
      <Text style={styles.factLabel}>{label}</Text>
      <Text style={styles.factValue}>{value}</Text>
    </View>
  );
}

function Section({ title, text }: { title: string; text: string }) {
  const parts = paragraphs(text);
  if (parts.length === 0) return null;
  return (
    <View>
      <Text style={styles.h3} minPresenceAhead={40}>
        {title}
      </Text>
      {parts.map((p, i) => (
        <Text key={i} style={styles.paragraph}>
          {p}
        </Text>
      ))}
    </View>
  );
}

type Props = {
  practice: RecueilPractice;
  /** Called with the page the entry starts on, each time the layout places it. */
  onPlaced: (slug: string, page: number) => void;
};

export function PracticeEntry({ practice: p, onPlaced }: Props) {
  const numbers = figures(p);
  return (
    <View id={practiceAnchor(p)} bookmark={{ title: p.title, fit: true }}>
      <Text
        style={{ fontSize: 1, color: '#ffffff' }}
        render={({ pageNumber }) => {
          onPlaced(p.slug, pageNumber);
          return ' ';
        }}
      />
      <Text style={styles.practiceTitle}>{p.title}</Text>
      <Text style={styles.territory}>
        {p.region.name}
        {p.department.trim() ? ` · ${p.department.trim()}` : ''}
      </Text>
      {p.summary.trim() ? <Text style={[styles.paragraph, styles.muted]}>{p.summary.trim()}</Text> : null}
      <View style={styles.facts}>
        <Fact label="Communes" value={p.communes} />
        <Fact label="QPV concerné" value={qpvLabel(p)} />
        <Fact label="Thèmes" value={themeLabels(p).join(' ; ')} />
        <Fact label="Période" value={p.period} />
        <Fact label="Acteurs" value={p.actors} />
      </View>
      <Section title="Contexte" text={p.context} />
      <Section title="Ce qui a été fait" text={p.actions} />
      {numbers.length > 0 || p.results.trim() ? (
        <View>
          <Text style={styles.h3} minPresenceAhead={40}>
            Résultats
          </Text>
          {numbers.length > 0 ? (
            <View style={styles.figures} wrap={false}>
              {numbers.map((f) => (
                <View key={f.label} style={styles.figure}>
                  <Text style={styles.figureValue}>{f.value}</Text>
                  <Text>{f.label}</Text>
                </View>
              ))}
            </View>
          ) : null}
          {paragraphs(p.results).map((text, i) => (
            <Text key={i} style={styles.paragraph}>
              {text}
            </Text>
          ))}
        </View>
      ) : null}
      <Section title="Difficultés rencontrées" text={p.difficulties} />
      <Section title="Pour reproduire la démarche" text={p.reproduce} />
      {p.presentations.length > 0 ? (
        <View>
          <Text style={styles.h3} minPresenceAhead={30}>
            Présentée lors des rencontres
          </Text>
          {p.presentations.map((m, i) => (
            <Text key={i} style={styles.paragraph}>
              • {presentationLine(m)}
            </Text>
          ))}
        </View>
      ) : null}
      {p.links.length > 0 ? (
        <View>
          <Text style={styles.h3} minPresenceAhead={30}>
            Pour en savoir plus
          </Text>
          {p.links.map((href) =>
            /^https?:\/\//i.test(href) ? (
              <Link key={href} src={href} style={[styles.paragraph, styles.link]}>
                {href}
              </Link>
            ) : (
              <Text key={href} style={styles.paragraph}>
                {href}
              </Text>
            ),
          )}
        </View>
      ) : null}
    </View>
  );
}
