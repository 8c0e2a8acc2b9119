import type { Metadata } from 'next';
import { retentionMonthsFromEnv } from '@/lib/privacy/retention-period';

export const metadata: Metadata = { title: 'Données personnelles' };

export default function PrivacyPage() {
  // RETENTION_MONTHS as the worker applies it (lib/privacy/retention.ts); read when the page is built.
  const months = retentionMonthsFromEnv();
  return (
    <article className="max-w-3xl space-y-6 text-slate-800">
      <h1 className="text-3xl font-bold text-marine-900">Données personnelles</h1>
      <p>
        Alliance Villes Emploi (AVE) organise le Tour de France de la clause sociale avec ses partenaires régionaux. Cette
        page dit ce que la plateforme conserve quand vous vous inscrivez à une rencontre, pourquoi, et pour combien de temps.
      </p>

      <section aria-labelledby="quoi" className="space-y-2">
        <h2 id="quoi" className="text-xl font-bold text-marine-900">Ce que nous conservons</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>vos nom, prénom et adresse e-mail ;</li>
          <li>votre organisation, son type, votre fonction et le code postal de votre structure ;</li>
          <li>vos choix d&apos;ateliers, votre présence au déjeuner et les besoins d&apos;accessibilité que vous indiquez ;</li>
          <li>la date de votre accord, le statut de votre inscription (confirmée, liste d&apos;attente, annulée) et votre présence le jour de la rencontre ;</li>
          <li>les e-mails que la plateforme vous envoie ;</li>
          <li>une empreinte de votre adresse e-mail, pour compter une seule fois une personne venue à plusieurs rencontres.</li>
        </ul>
        <p>
          Votre lien personnel de gestion n&apos;est pas conservé en clair : seule une empreinte (hachage) en est gardée.
          Le site ne dépose aucun cookie de mesure d&apos;audience ni de publicité.
        </p>
      </section>

      <section aria-labelledby="pourquoi" className="space-y-2">
        <h2 id="pourquoi" className="text-xl font-bold text-marine-900">Pourquoi</h2>
        <p>
          Pour organiser la rencontre (places, ateliers, repas, accueil et accessibilité), vous écrire à son sujet
          (confirmation, liste d&apos;attente, rappel, changements), et établir des statistiques du Tour (nombre de
          participants, types d&apos;organisations, territoires), sur la base de votre consentement.
        </p>
      </section>

      <section aria-labelledby="qui" className="space-y-2">
        <h2 id="qui" className="text-xl font-bold text-marine-900">Qui y a accès</h2>
        <p>
          L&apos;équipe nationale d&apos;AVE et le partenaire régional qui organise la rencontre, chacun pour ses propres
          rencontres. Vos données ne sont ni vendues ni cédées.
        </p>
        <p>
          Si vous répondez à l&apos;enquête nationale sur les pratiques inspirantes, votre nom, votre organisation et votre
          adresse e-mail ne sont jamais publiés, ni sur le site ni dans le recueil (page web et PDF) ; l&apos;équipe
          nationale ne les retrouve dans son export des pratiques publiées que si vous avez accepté d&apos;être
          contacté·e.
        </p>
      </section>

      <section aria-labelledby="combien" className="space-y-2">
        <h2 id="combien" className="text-xl font-bold text-marine-900">Pour combien de temps</h2>
        <p>
          Vos informations personnelles sont conservées <strong>{months} mois après la rencontre</strong>, puis anonymisées
          automatiquement (la plateforme le vérifie toutes les heures) :
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            vos nom et prénom, votre adresse e-mail, votre organisation, votre fonction et vos besoins d&apos;accessibilité sont
            effacés ;
          </li>
          <li>du code postal, seul le département est gardé (par exemple 34 pour 34080, 974 pour 97400) ;</li>
          <li>votre lien personnel de gestion est supprimé, et le contenu des e-mails qui vous ont été envoyés est effacé.</li>
        </ul>
        <p>
          Restent, sans rien qui permette de vous identifier, le type de votre organisation, le statut de l&apos;inscription, le
          déjeuner, la présence et les ateliers choisis : ce sont les chiffres du Tour (participants, types d&apos;organisations,
          territoires, ateliers), qui ne doivent pas changer avec le temps. Pour compter les personnes différentes venues à plusieurs
          rencontres, une empreinte calculée à partir de votre adresse e-mail est aussi gardée ; l&apos;adresse elle-même ne l&apos;est
          plus.
        </p>
        <p>
          Si vous annulez votre inscription, vos informations personnelles sont effacées de la même façon une fois la rencontre
          passée : jusque-là, elles permettent de vous réinscrire. Les compteurs qui limitent le nombre de demandes par adresse
          e-mail (contre les abus) sont effacés après un jour.
        </p>
      </section>

      <section aria-labelledby="droits" className="space-y-2">
        <h2 id="droits" className="text-xl font-bold text-marine-900">Vos droits</h2>
        <p>
          Vous pouvez consulter, corriger ou annuler votre inscription avec votre lien personnel, et demander l&apos;accès à vos
          données ou leur effacement en écrivant à <a href="mailto:ave@ville-emploi.asso.fr">ave@ville-emploi.asso.fr</a>. Vous
          pouvez aussi saisir la CNIL.
        </p>
        <p>
          À votre demande d&apos;effacement, l&apos;équipe nationale efface vos informations de toutes les rencontres, sans attendre
          la fin de la durée de conservation, de la même façon que ci-dessus ; l&apos;empreinte de votre adresse est en plus
          remplacée par une valeur tirée au hasard, qui ne mène plus à vous. Une inscription à une rencontre à venir est annulée, et
          sa place proposée à la liste d&apos;attente. Le journal de la plateforme garde la trace qu&apos;un effacement a eu lieu
          (quand, par qui, combien d&apos;inscriptions), sans votre nom ni votre adresse.
        </p>
      </section>
    </article>
  );
}
