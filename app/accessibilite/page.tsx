import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Déclaration d’accessibilité' };

// The statement follows the RGAA model (état de conformité, résultats, contenus non accessibles,
// établissement, retour d'information, voies de recours). Its date changes when it is revised, by
// hand, not at each build.
const STATEMENT_DATE = '3 décembre 2026';

const section = 'space-y-3';
const heading = 'text-xl font-bold text-marine-900';

export default function AccessibilityPage() {
  return (
    <article className="max-w-3xl space-y-8 text-slate-900">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-marine-900">Déclaration d’accessibilité</h1>
        <p>
          Alliance Villes Emploi s’engage à rendre accessible la plateforme du Tour de France de la clause sociale, conformément à
          l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration d’accessibilité s’applique à l’ensemble du site : pages
          publiques, inscription aux rencontres, enquête et collection des pratiques inspirantes, espace partenaires et console nationale.
        </p>
      </header>

      <section aria-labelledby="etat" className={section}>
        <h2 id="etat" className={heading}>
          État de conformité
        </h2>
        <p>
          Le site est <strong>partiellement conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version
          4.1, et les critères A et AA des WCAG 2.1, en raison des non-conformités et des dérogations énumérées ci-dessous. Aucun audit complet
          par un organisme indépendant n’a encore été réalisé : c’est pourquoi nous ne déclarons pas de taux de conformité.
        </p>
      </section>

      <section aria-labelledby="verification" className={section}>
        <h2 id="verification" className={heading}>
          Comment l’accessibilité est vérifiée
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            À chaque modification, des tests automatisés ouvrent chaque page dans un vrai navigateur et la font analyser par axe-core
            (règles WCAG 2.1 A et AA) : aucune violation n’est tolérée.
          </li>
          <li>
            Les parcours principaux (trouver une rencontre et s’inscrire, gérer son inscription, répondre à l’enquête, suivre les inscriptions,
            accueillir les participants le jour J) sont joués au clavier seul par ces tests.
          </li>
          <li>Chaque page est vérifiée sans défilement horizontal sur un écran de 320 px, de 390 px et de 1366 px de large.</li>
          <li>Des vérifications manuelles complètent ces tests : lecture des captures d’écran, navigation au clavier, contrastes.</li>
        </ul>
      </section>

      <section aria-labelledby="non-accessibles" className={section}>
        <h2 id="non-accessibles" className={heading}>
          Contenus non accessibles
        </h2>
        <h3 className="font-bold">Non-conformités connues</h3>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Le recueil des pratiques au format PDF n’est pas un PDF balisé : sa structure (titres, listes) n’est pas transmise aux technologies
            d’assistance. La même information est disponible en page web accessible : <Link href="/pratiques/recueil">le recueil en ligne</Link>.
          </li>
          <li>
            Les graphiques des statistiques de la console nationale n’ont pas d’équivalent sonore ; chacun est accompagné du tableau de ses
            valeurs, qui en est l’alternative.
          </li>
          <li>
            Les programmes et documents fournis par les partenaires régionaux (fichiers joints, liens externes) ne sont pas contrôlés par la
            plateforme et peuvent ne pas être accessibles.
          </li>
        </ul>
        <h3 className="font-bold">Dérogations pour charge disproportionnée</h3>
        <p>Aucune.</p>
        <h3 className="font-bold">Contenus non soumis à l’obligation d’accessibilité</h3>
        <p>Les documents des rencontres passées publiés avant la mise en ligne de la plateforme.</p>
      </section>

      <section aria-labelledby="etablissement" className={section}>
        <h2 id="etablissement" className={heading}>
          Établissement de cette déclaration
        </h2>
        <p>Cette déclaration a été établie le {STATEMENT_DATE}.</p>
        <p>Technologies utilisées pour la réalisation du site : HTML5, CSS, JavaScript (React), SVG.</p>
        <p>
          Environnement de test : Chromium (dernière version stable) en tests automatisés avec axe-core ; navigation au clavier ; affichages
          de 320 px à 1366 px de large.
        </p>
      </section>

      <section aria-labelledby="retour" className={section}>
        <h2 id="retour" className={heading}>
          Retour d’information et contact
        </h2>
        <p>
          Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter Alliance Villes Emploi pour être orienté·e vers
          une alternative accessible ou obtenir le contenu sous une autre forme : écrivez à{' '}
          <a href="mailto:ave@ville-emploi.asso.fr?subject=Accessibilit%C3%A9%20du%20Tour%20de%20France%20de%20la%20clause%20sociale">
            ave@ville-emploi.asso.fr
          </a>{' '}
          en précisant la page concernée et la difficulté rencontrée. Nous répondons sous quinze jours ouvrés.
        </p>
      </section>

      <section aria-labelledby="recours" className={section}>
        <h2 id="recours" className={heading}>
          Voies de recours
        </h2>
        <p>
          Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une fonctionnalité du site, que vous nous le
          signalez et que vous ne parvenez pas à obtenir de réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une
          demande de saisine au Défenseur des droits :
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            écrire un message au Défenseur des droits par son formulaire en ligne :{' '}
            <a href="https://formulaire.defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a> ;
          </li>
          <li>
            contacter le délégué du Défenseur des droits dans votre région :{' '}
            <a href="https://www.defenseurdesdroits.fr/saisir/delegues">liste des délégués</a> ;
          </li>
          <li>
            envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
          </li>
        </ul>
      </section>
    </article>
  );
}
