import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Données personnelles' };

export default function PrivacyPage() {
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
          <li>les e-mails que la plateforme vous envoie.</li>
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
      </section>

      <section aria-labelledby="combien" className="space-y-2">
        <h2 id="combien" className="text-xl font-bold text-marine-900">Pour combien de temps</h2>
        <p>
          Vos informations personnelles sont conservées <strong>12 mois après la rencontre</strong>, puis anonymisées : seuls
          restent des chiffres qui ne permettent pas de vous identifier. Si vous annulez votre inscription, vos informations
          personnelles sont effacées une fois l&apos;annulation définitive.
        </p>
      </section>

      <section aria-labelledby="droits" className="space-y-2">
        <h2 id="droits" className="text-xl font-bold text-marine-900">Vos droits</h2>
        <p>
          Vous pouvez consulter, corriger ou annuler votre inscription avec votre lien personnel, et demander l&apos;accès à vos
          données ou leur effacement en écrivant à <a href="mailto:ave@ville-emploi.asso.fr">ave@ville-emploi.asso.fr</a>. Vous
          pouvez aussi saisir la CNIL.
        </p>
      </section>
    </article>
  );
}
