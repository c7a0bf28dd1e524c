<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
  <context>
    <name>ChangeText</name>
    <message numerus="yes">
      <source>adds %n requirement(s)</source>
      <translation>
        <numerusform>ajoute %n obligation</numerusform>
        <numerusform>ajoute %n obligations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>removes %n requirement(s)</source>
      <translation>
        <numerusform>supprime %n obligation</numerusform>
        <numerusform>supprime %n obligations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>moves %n requirement(s)</source>
      <translation>
        <numerusform>déplace %n obligation</numerusform>
        <numerusform>déplace %n obligations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>re-mandates %n requirement(s)</source>
      <translation>
        <numerusform>redonne un mandat à %n obligation</numerusform>
        <numerusform>redonne un mandat à %n obligations</numerusform>
      </translation>
    </message>
    <message>
      <source>no change to requirements</source>
      <translation>aucun changement des obligations</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <source>“%1” at %2</source>
      <translation>« %1 » à %2</translation>
    </message>
    <message>
      <source>%1: moved from %2 — %3</source>
      <translation>%1 : déplacé de %2 — %3</translation>
    </message>
    <message>
      <source>%1: removed — %2</source>
      <translation>%1 : supprimé — %2</translation>
    </message>
    <message>
      <source>%1: added — mandated by %2</source>
      <translation>%1 : ajouté — prescrit par %2</translation>
    </message>
    <message>
      <source>%1: now mandated by %2</source>
      <translation>%1 : désormais prescrit par %2</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Changed on both sides</source>
      <translation>Modifié des deux côtés</translation>
    </message>
    <message>
      <source>Yours (offline)</source>
      <translation>La vôtre (hors ligne)</translation>
    </message>
    <message>
      <source>Theirs (now on the server)</source>
      <translation>L’autre (actuellement sur le serveur)</translation>
    </message>
    <message>
      <source>changed by %1 at %2</source>
      <translation>modifié par %1 le %2</translation>
    </message>
    <message>
      <source>Keep yours</source>
      <translation>Garder la vôtre</translation>
    </message>
    <message>
      <source>Keep theirs</source>
      <translation>Garder l’autre</translation>
    </message>
  </context>
  <context>
    <name>Counted</name>
    <message numerus="yes">
      <source>%n new report line(s)</source>
      <translation>
        <numerusform>%n nouvelle ligne de rapport</numerusform>
        <numerusform>%n nouvelles lignes de rapport</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n déjà dans le plan</numerusform>
        <numerusform>%n déjà dans le plan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tracking row(s)</source>
      <translation>
        <numerusform>%n ligne de suivi</numerusform>
        <numerusform>%n lignes de suivi</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesPanel</name>
    <message>
      <source>From %1</source>
      <translation>À partir du %1</translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n en retard</numerusform>
        <numerusform>%n en retard</numerusform>
      </translation>
    </message>
    <message>
      <source>No submission or issuance deadline from %1: deadlines appear here as decisions mandate reports.</source>
      <translation>Aucune date limite de soumission ou de parution à partir du %1 : elles apparaissent ici lorsque des décisions prescrivent des rapports.</translation>
    </message>
  </context>
  <context>
    <name>DecisionEditor</name>
    <message>
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <source>at a named session</source>
      <translation>à une session désignée</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>à la prochaine session</translation>
    </message>
    <message>
      <source>at the first session after an event</source>
      <translation>à la première session après un événement</translation>
    </message>
    <message>
      <source>every N years</source>
      <translation>tous les N ans</translation>
    </message>
    <message>
      <source>after each review of a series</source>
      <translation>après chaque examen d’une série</translation>
    </message>
    <message>
      <source>add — the rule's sessions</source>
      <translation>ajouter — les sessions de la règle</translation>
    </message>
    <message>
      <source>replace — from its effective date</source>
      <translation>remplacer — à compter de son entrée en vigueur</translation>
    </message>
    <message>
      <source>terminate — end the report line</source>
      <translation>mettre fin — clore la ligne de rapport</translation>
    </message>
    <message>
      <source>defer — move one session's report</source>
      <translation>reporter — déplacer le rapport d’une session</translation>
    </message>
    <message>
      <source>merge — fold into another report</source>
      <translation>fusionner — intégrer à un autre rapport</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
      <source>Close this form and lose what you entered in it?</source>
      <translation>Fermer ce formulaire et perdre ce que vous y avez saisi ?</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>seulement à %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Modifier %1</translation>
    </message>
    <message>
      <source>New decision</source>
      <translation>Nouvelle décision</translation>
    </message>
    <message>
      <source>E/DEC/2011/216, or “decision 2011/216”</source>
      <translation>E/DEC/2011/216, ou « décision 2011/216 »</translation>
    </message>
    <message>
      <source>effective from</source>
      <translation>en vigueur le</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>adoptée</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>projet</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>retirée</translation>
    </message>
    <message>
      <source>Add mandate</source>
      <translation>Ajouter un mandat</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Cote</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Adoptée par</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Adoptée le</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>Mandats</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>Effet prévu</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Jusqu’à</translation>
    </message>
  </context>
  <context>
    <name>DocList</name>
    <message>
      <source>General Assembly resolution %1</source>
      <translation>résolution %1 de l’Assemblée générale</translation>
    </message>
    <message>
      <source>General Assembly decision %1</source>
      <translation>décision %1 de l’Assemblée générale</translation>
    </message>
    <message>
      <source>Council resolution %1</source>
      <translation>résolution %1 du Conseil</translation>
    </message>
    <message>
      <source>Council decision %1</source>
      <translation>décision %1 du Conseil</translation>
    </message>
    <message>
      <source>Security Council resolution %1</source>
      <translation>résolution %1 du Conseil de sécurité</translation>
    </message>
    <message>
      <source>Security Council decision %1</source>
      <translation>décision %1 du Conseil de sécurité</translation>
    </message>
    <message>
      <source>Human Rights Council resolution %1</source>
      <translation>résolution %1 du Conseil des droits de l’homme</translation>
    </message>
    <message>
      <source>Human Rights Council decision %1</source>
      <translation>décision %1 du Conseil des droits de l’homme</translation>
    </message>
    <message>
      <source>draft %1</source>
      <translation>projet %1</translation>
    </message>
    <message>
      <source>Report of the Secretary-General on %1</source>
      <translation>Rapport du Secrétaire général sur %1</translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>projets inclus</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>décisions adoptées seulement</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>à la date du %1</translation>
    </message>
    <message>
      <source>Symbol: %1</source>
      <translation>Cote : %1</translation>
    </message>
    <message>
      <source>Symbol not yet assigned</source>
      <translation>Cote non encore attribuée</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>État : %1</translation>
    </message>
    <message>
      <source>Submission: %1</source>
      <translation>Soumission : %1</translation>
    </message>
    <message>
      <source>Issuance: %1</source>
      <translation>Parution : %1</translation>
    </message>
    <message>
      <source>Other reports</source>
      <translation>Autres rapports</translation>
    </message>
    <message>
      <source>Documentation</source>
      <translation>Documentation</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>Aucun rapport n’est attendu à cette session.</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Read-only</source>
      <translation>Lecture seule</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>Ajouter %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Modifier %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>Confirmer : %1</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>Suivre « %1 » à %2</translation>
    </message>
    <message>
      <source>Add body</source>
      <translation>Ajouter un organe</translation>
    </message>
    <message>
      <source>Add report line</source>
      <translation>Ajouter une ligne de rapport</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>Ajouter une session</translation>
    </message>
    <message>
      <source>Add session series</source>
      <translation>Ajouter une série de sessions</translation>
    </message>
    <message>
      <source>Add event</source>
      <translation>Ajouter un événement</translation>
    </message>
    <message>
      <source>Add event series</source>
      <translation>Ajouter une série d’événements</translation>
    </message>
    <message>
      <source>Edit body %1</source>
      <translation>Modifier l’organe %1</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>Supprimer %1</translation>
    </message>
    <message>
      <source>The session goes back to its projected dates (if a series projects it).</source>
      <translation>La session reprend ses dates prévisionnelles (si une série la prévoit).</translation>
    </message>
    <message>
      <source>The requirement stays; only its tracking is cleared.</source>
      <translation>L’obligation demeure ; seul son suivi est effacé.</translation>
    </message>
    <message>
      <source>Clear tracking of “%1” at %2</source>
      <translation>Effacer le suivi de « %1 » à %2</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>Suppression impossible</translation>
    </message>
    <message>
      <source>%1?</source>
      <translation>%1 ?</translation>
    </message>
    <message>
      <source>Edit “%1”</source>
      <translation>Modifier « %1 »</translation>
    </message>
    <message>
      <source>Delete the body %1</source>
      <translation>Supprimer l’organe %1</translation>
    </message>
    <message>
      <source>Delete the report line “%1”</source>
      <translation>Supprimer la ligne de rapport « %1 »</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <source>Decision symbol, report title or session name:</source>
      <translation>Cote de la décision, titre du rapport ou nom de la session :</translation>
    </message>
    <message>
      <source>Nothing matches “%1”</source>
      <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
      <source>Edit decision…</source>
      <translation>Modifier la décision…</translation>
    </message>
    <message>
      <source>Track requirement…</source>
      <translation>Suivre l’obligation…</translation>
    </message>
    <message>
      <source>Edit or confirm session…</source>
      <translation>Modifier ou confirmer la session…</translation>
    </message>
    <message>
      <source>Edit event…</source>
      <translation>Modifier l’événement…</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Withdraw %1</source>
      <translation>Retirer %1</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Clear tracking…</source>
      <translation>Effacer le suivi…</translation>
    </message>
    <message>
      <source>Edit body %1…</source>
      <translation>Modifier l’organe %1…</translation>
    </message>
    <message>
      <source>Delete body %1…</source>
      <translation>Supprimer l’organe %1…</translation>
    </message>
    <message>
      <source>Add session…</source>
      <translation>Ajouter une session…</translation>
    </message>
    <message>
      <source>Add decision here (%1)…</source>
      <translation>Ajouter une décision ici (%1)…</translation>
    </message>
    <message>
      <source>Add event…</source>
      <translation>Ajouter un événement…</translation>
    </message>
  </context>
  <context>
    <name>EditDiffView</name>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Après</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>drafts included</source>
      <translation>projets inclus</translation>
    </message>
    <message>
      <source>adopted decisions only</source>
      <translation>décisions adoptées seulement</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>à la date du %1</translation>
    </message>
    <message>
      <source>lanes not shown: %n</source>
      <translation>lignes non affichées : %n</translation>
    </message>
    <message>
      <source>generated %1 by Mandate Planner</source>
      <translation>produit le %1 par Mandate Planner</translation>
    </message>
    <message>
      <source>printed %1</source>
      <translation>imprimé le %1</translation>
    </message>
    <message>
      <source>page %1 of %2</source>
      <translation>page %1 sur %2</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>Exporté : %1</translation>
    </message>
    <message>
      <source>Copied the timeline as an image</source>
      <translation>Chronologie copiée sous forme d’image</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Imprimer</translation>
    </message>
    <message>
      <source>PDF Handout</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <source>PDF handout</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <source>Select a session first: its documentation list is exported</source>
      <translation>Sélectionnez d’abord une session : c’est sa liste de documents qui est exportée</translation>
    </message>
    <message>
      <source>Export documentation list</source>
      <translation>Exporter la liste des documents</translation>
    </message>
    <message>
      <source>Export calendar</source>
      <translation>Exporter le calendrier</translation>
    </message>
    <message>
      <source>Export requirements</source>
      <translation>Exporter les obligations</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>Image PNG</translation>
    </message>
    <message>
      <source>SVG (text stays text)</source>
      <translation>SVG (le texte reste du texte)</translation>
    </message>
    <message>
      <source>PDF (vector)</source>
      <translation>PDF (vectoriel)</translation>
    </message>
    <message>
      <source>Export image</source>
      <translation>Exporter l’image</translation>
    </message>
  </context>
  <context>
    <name>ExportImageDialog</name>
    <message>
      <source>Export Timeline Image</source>
      <translation>Exporter l’image de la chronologie</translation>
    </message>
    <message>
      <source>Custom width</source>
      <translation>Largeur personnalisée</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <source>Footer (plan, date, as-of, drafts)</source>
      <translation>Pied de page (plan, date, date de référence, projets)</translation>
    </message>
    <message>
      <source>Lanes shown on screen</source>
      <translation>Lignes affichées à l’écran</translation>
    </message>
    <message>
      <source>All lanes</source>
      <translation>Toutes les lignes</translation>
    </message>
    <message>
      <source>Lanes with reports in these years</source>
      <translation>Lignes ayant des rapports ces années-là</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Tout</translation>
    </message>
    <message>
      <source>The report lines and bodies ticked below</source>
      <translation>Les lignes de rapport et organes cochés ci-dessous</translation>
    </message>
    <message>
      <source>What %1 mandates</source>
      <translation>Ce que %1 demande</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Années</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Largeur</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Subtitle</source>
      <translation>Sous-titre</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>%1 × %2 pixels</source>
      <translation>%1 × %2 pixels</translation>
    </message>
  </context>
  <context>
    <name>FactCounts</name>
    <message numerus="yes">
      <source>%n requirement(s) in the current result</source>
      <translation>
        <numerusform>%n obligation dans le résultat actuel</numerusform>
        <numerusform>%n obligations dans le résultat actuel</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n report(s) due</source>
      <translation>
        <numerusform>%n rapport attendu</numerusform>
        <numerusform>%n rapports attendus</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Facts</name>
    <message>
      <source>confirmed</source>
      <translation>confirmée</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>prévisionnelle</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>adoptée</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>projet</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>retirée</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>en présentiel</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>hybride</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>virtuelle</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>procédure d’approbation tacite</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>reportée</translation>
    </message>
    <message>
      <source>suspended and resumed</source>
      <translation>suspendue puis reprise</translation>
    </message>
    <message>
      <source>“%1” at %2</source>
      <translation>« %1 » à %2</translation>
    </message>
    <message>
      <source>not due</source>
      <translation>non dû</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Organe</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>Soumettre avant le</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>Parution avant le</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>Demandé par</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Mots</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>Adoptée</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>En vigueur</translation>
    </message>
    <message>
      <source>Mandates</source>
      <translation>Mandats</translation>
    </message>
    <message>
      <source>No longer due because of this decision</source>
      <translation>Plus dus du fait de cette décision</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Projected by</source>
      <translation>Prévue par</translation>
    </message>
    <message>
      <source>series %1</source>
      <translation>série %1</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Règle</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>tentative (projected from its series)</source>
      <translation>provisoire (prévu d’après sa série)</translation>
    </message>
    <message>
      <source>reports without a label: %n</source>
      <translation>rapports sans étiquette : %n</translation>
    </message>
    <message>
      <source>and %n more</source>
      <translation>et %n de plus</translation>
    </message>
  </context>
  <context>
    <name>FirstViewHint</name>
    <message>
      <source>Dashed outlines are projected sessions and draft decisions, not yet adopted. &lt;a href='drafts'&gt;Include drafts&lt;/a&gt; (Ctrl+D) to see what they would change.</source>
      <translation>Les contours en tirets sont les sessions prévisionnelles et les projets de décision, pas encore adoptés. &lt;a href='drafts'&gt;Inclure les projets&lt;/a&gt; (Ctrl+D) pour voir ce qu’ils changeraient.</translation>
    </message>
    <message>
      <source>Close this note</source>
      <translation>Fermer cette note</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Organe de tutelle</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>Soumission (semaines avant)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>Parution (semaines avant)</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Organe</translation>
    </message>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>Récurrence (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Jusqu’à</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>Dure jusqu’à l’ouverture de la suivante</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>Numéro = année −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>Provisoire</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Titre abrégé</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>Limite de mots</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>Adoptée</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>En vigueur</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Cote du document</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>Nombre de mots estimé</translation>
    </message>
    <message>
      <source>Horizon (years)</source>
      <translation>Horizon (années)</translation>
    </message>
    <message>
      <source>Calendar as of</source>
      <translation>Calendrier au</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>adoptée</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>projet</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>retirée</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>confirmée</translation>
    </message>
    <message>
      <source>projected</source>
      <translation>prévisionnelle</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>en présentiel</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>hybride</translation>
    </message>
    <message>
      <source>virtual</source>
      <translation>virtuelle</translation>
    </message>
    <message>
      <source>silence procedure</source>
      <translation>procédure d’approbation tacite</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>reportée</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>prévu au programme</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>prévu</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>soumis</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>paru</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>examiné</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>Organe %1</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>Série de sessions %1</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>Session : %1</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>Série d’événements : %1</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>Événement : %1</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>Ligne de rapport « %1 »</translation>
    </message>
    <message>
      <source>Decision %1</source>
      <translation>Décision %1</translation>
    </message>
    <message>
      <source>Tracking of %1 at %2</source>
      <translation>Suivi de %1 à %2</translation>
    </message>
    <message>
      <source>Mandate row %1</source>
      <translation>Ligne de mandat %1</translation>
    </message>
    <message>
      <source>Added: %1</source>
      <translation>Ajouté : %1</translation>
    </message>
    <message>
      <source>Removed: %1</source>
      <translation>Supprimé : %1</translation>
    </message>
    <message>
      <source>Changed: %1</source>
      <translation>Modifié : %1</translation>
    </message>
    <message>
      <source>Not applied, lost a conflict: %1</source>
      <translation>Non appliqué, conflit perdu : %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>Mandate: %1</source>
      <translation>Mandat : %1</translation>
    </message>
    <message>
      <source>Order of the mandates</source>
      <translation>Ordre des mandats</translation>
    </message>
    <message>
      <source>Place of the mandate: %1</source>
      <translation>Place du mandat : %1</translation>
    </message>
    <message>
      <source>%1. %2</source>
      <translation>%1. %2</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>All edits</source>
      <translation>Toutes les modifications</translation>
    </message>
    <message>
      <source>This record</source>
      <translation>Cet élément</translation>
    </message>
    <message>
      <source>This officer</source>
      <translation>Cet agent</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Modification</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Éléments</translation>
    </message>
    <message>
      <source>Undo This Edit</source>
      <translation>Annuler cette modification</translation>
    </message>
    <message>
      <source>Select an edit to see what it changed.</source>
      <translation>Sélectionnez une modification pour voir ce qu’elle a changé.</translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL)</source>
      <translation>Modifié en dehors de Mandate Planner (SQL)</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Changed outside the planner (SQL) by %1 at %2</source>
      <translation>Modifié en dehors de Mandate Planner (SQL) par %1 le %2</translation>
    </message>
    <message>
      <source>“%1”, by %2 at %3</source>
      <translation>« %1 », par %2 le %3</translation>
    </message>
    <message>
      <source>Made outside the planner: undo it the same way, by SQL.</source>
      <translation>Faite en dehors de Mandate Planner : annulez-la de la même façon, en SQL.</translation>
    </message>
  </context>
  <context>
    <name>ImportResolutionsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>Lecture seule</translation>
    </message>
    <message>
      <source>Import Resolutions</source>
      <translation>Importer des résolutions</translation>
    </message>
    <message>
      <source>Add &amp;Files…</source>
      <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
      <source>&amp;Paste Text…</source>
      <translation>&amp;Coller un texte…</translation>
    </message>
    <message>
      <source>Resolution / paragraph</source>
      <translation>Résolution / paragraphe</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Lecture</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Devient</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Accepter</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>&amp;Rejeter</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <source>Choose resolutions (AKN XML, Word, PDF or text), drop them here, or paste a text. Nothing enters the plan until you press Import.</source>
      <translation>Choisissez des résolutions (XML AKN, Word, PDF ou texte), déposez-les ici ou collez un texte. Rien n’entre dans le plan avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
      <source>Ticked proposals are imported. Unsure ones (amber) wait for your decision. Nothing enters the plan until you press Import.</source>
      <translation>Les propositions cochées sont importées. Les propositions incertaines (en ambre) attendent votre décision. Rien n’entre dans le plan avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
      <source>Choose Resolutions</source>
      <translation>Choisir des résolutions</translation>
    </message>
    <message>
      <source>Resolutions (%1)</source>
      <translation>Résolutions (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>cannot be read</source>
      <translation>illisible</translation>
    </message>
    <message>
      <source>asks for no report</source>
      <translation>ne demande aucun rapport</translation>
    </message>
    <message>
      <source>same resolution as %1</source>
      <translation>même résolution que %1</translation>
    </message>
    <message>
      <source>updates the decision in the plan</source>
      <translation>met à jour la décision du plan</translation>
    </message>
    <message>
      <source>new decision</source>
      <translation>nouvelle décision</translation>
    </message>
    <message>
      <source>¶ %1</source>
      <translation>par. %1</translation>
    </message>
    <message>
      <source>already in the plan</source>
      <translation>déjà dans le plan</translation>
    </message>
    <message>
      <source>%1 · new line “%2”</source>
      <translation>%1 · nouvelle ligne « %2 »</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>not placed: %1</source>
      <translation>non placé : %1</translation>
    </message>
    <message>
      <source>replaced by your edit</source>
      <translation>remplacé par votre modification</translation>
    </message>
    <message>
      <source>Edit the Decision Read from %1</source>
      <translation>Modifier la décision lue dans %1</translation>
    </message>
    <message>
      <source>Replaced by your edit of the decision.</source>
      <translation>Remplacé par votre modification de la décision.</translation>
    </message>
    <message>
      <source>Nothing accepted yet.</source>
      <translation>Rien n’est encore accepté.</translation>
    </message>
  </context>
  <context>
    <name>InspectorPanel</name>
    <message>
      <source>Select a session, requirement, decision or event on the timeline to see its facts here.</source>
      <translation>Sélectionnez une session, une obligation, une décision ou un événement sur la chronologie pour en voir les détails ici.</translation>
    </message>
  </context>
  <context>
    <name>LanesPanel</name>
    <message>
      <source>Search bodies…</source>
      <translation>Rechercher un organe…</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>This plan is being edited in another Mandate Planner window.</source>
      <translation>Ce plan est en cours de modification dans une autre fenêtre de Mandate Planner.</translation>
    </message>
    <message>
      <source>Opened by %1 on %2 since %3.</source>
      <translation>Ouvert par %1 sur %2 depuis le %3.</translation>
    </message>
    <message>
      <source>Plan in use</source>
      <translation>Plan en cours d’utilisation</translation>
    </message>
    <message>
      <source>Open it read-only?</source>
      <translation>L’ouvrir en lecture seule ?</translation>
    </message>
    <message>
      <source>Cannot open plan</source>
      <translation>Impossible d’ouvrir le plan</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opened plan</source>
      <translation>Plan ouvert</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspecteur</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Échéances</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <source>What Changed</source>
      <translation>Modifications</translation>
    </message>
    <message>
      <source>What-if: Drafts</source>
      <translation>Simulation : projets</translation>
    </message>
    <message>
      <source>Undo History</source>
      <translation>Historique des annulations</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <source>Report Line…</source>
      <translation>Ligne de rapport…</translation>
    </message>
    <message>
      <source>Body…</source>
      <translation>Organe…</translation>
    </message>
    <message>
      <source>Session…</source>
      <translation>Session…</translation>
    </message>
    <message>
      <source>Session Series…</source>
      <translation>Série de sessions…</translation>
    </message>
    <message>
      <source>Event…</source>
      <translation>Événement…</translation>
    </message>
    <message>
      <source>Event Series…</source>
      <translation>Série d’événements…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>Ne&amp;w Plan…</source>
      <translation>No&amp;uveau plan…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <source>I&amp;mport Plan…</source>
      <translation>I&amp;mporter un plan…</translation>
    </message>
    <message>
      <source>E&amp;xport Plan…</source>
      <translation>E&amp;xporter le plan…</translation>
    </message>
    <message>
      <source>Import Reso&amp;lutions…</source>
      <translation>Importer des réso&amp;lutions…</translation>
    </message>
    <message>
      <source>Import R&amp;eport List (.xlsx, .csv)…</source>
      <translation>Importer une liste de &amp;rapports (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>Import Meetin&amp;gs (.ics)…</source>
      <translation>Importer des réu&amp;nions (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Image…</source>
      <translation>Exporter l’&amp;image…</translation>
    </message>
    <message>
      <source>&amp;Copy Timeline Image</source>
      <translation>&amp;Copier l’image de la chronologie</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>Export PDF &amp;Handout…</source>
      <translation>Exporter un &amp;document PDF…</translation>
    </message>
    <message>
      <source>Export &amp;Documentation List (.docx, .pdf)…</source>
      <translation>Exporter la liste des &amp;documents (.docx, .pdf)…</translation>
    </message>
    <message>
      <source>Export &amp;Calendar (.ics)…</source>
      <translation>Exporter le &amp;calendrier (.ics)…</translation>
    </message>
    <message>
      <source>Export &amp;Requirements (.xlsx, .csv)…</source>
      <translation>Exporter les &amp;obligations (.xlsx, .csv)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>&amp;New Decision…</source>
      <translation>&amp;Nouvelle décision…</translation>
    </message>
    <message>
      <source>&amp;Edit Selected…</source>
      <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
      <source>&amp;Delete Selected…</source>
      <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <source>&amp;Fit All</source>
      <translation>&amp;Tout afficher</translation>
    </message>
    <message>
      <source>Go to &amp;Today</source>
      <translation>Aller à &amp;aujourd’hui</translation>
    </message>
    <message>
      <source>Go to &amp;2012</source>
      <translation>Aller à &amp;2012</translation>
    </message>
    <message>
      <source>&amp;Meeting Mode</source>
      <translation>Mode &amp;réunion</translation>
    </message>
    <message>
      <source>Include &amp;Drafts</source>
      <translation>Inclure les &amp;projets</translation>
    </message>
    <message>
      <source>&amp;Compare With and Without Drafts</source>
      <translation>&amp;Comparer avec et sans les projets</translation>
    </message>
    <message>
      <source>Plan &amp;As Of…</source>
      <translation>Plan à la &amp;date du…</translation>
    </message>
    <message>
      <source>Projection &amp;Horizon…</source>
      <translation>&amp;Horizon de projection…</translation>
    </message>
    <message>
      <source>&amp;About Mandate Planner</source>
      <translation>À &amp;propos de Mandate Planner</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Principale</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>À la date du</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n obligation</numerusform>
        <numerusform>%n obligations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n problème</numerusform>
        <numerusform>%n problèmes</numerusform>
      </translation>
    </message>
    <message>
      <source>drafts included</source>
      <translation>projets inclus</translation>
    </message>
    <message>
      <source>adopted only</source>
      <translation>décisions adoptées seulement</translation>
    </message>
    <message>
      <source>as of %1</source>
      <translation>à la date du %1</translation>
    </message>
    <message numerus="yes">
      <source>Problems (%n)</source>
      <translation>
        <numerusform>Problèmes (%n)</numerusform>
        <numerusform>Problèmes (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Backup failed: %1</source>
      <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
      <source>%1 — read-only</source>
      <translation>%1 — lecture seule</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Lecture seule</translation>
    </message>
    <message>
      <source>Open plan</source>
      <translation>Ouvrir un plan</translation>
    </message>
    <message>
      <source>Plans (*.sqlite *.json);;All files (*)</source>
      <translation>Plans (*.sqlite *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Enregistrer sous</translation>
    </message>
    <message>
      <source>This plan is not a plan file; import it first.</source>
      <translation>Ce plan n’est pas un fichier de plan ; importez-le d’abord.</translation>
    </message>
    <message>
      <source>Save plan as</source>
      <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Plans (*.sqlite)</translation>
    </message>
    <message>
      <source>Saved a copy as %1</source>
      <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <source>system fonts</source>
      <translation>polices du système</translation>
    </message>
    <message>
      <source>About Mandate Planner</source>
      <translation>À propos de Mandate Planner</translation>
    </message>
    <message>
      <source>Which reports the Secretary-General owes to which session, why, and by when.</source>
      <translation>Quels rapports le Secrétaire général doit présenter à quelle session, pourquoi et pour quand.</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>Polices</translation>
    </message>
  </context>
  <context>
    <name>MandateForm</name>
    <message>
      <source>Mandate</source>
      <translation>Mandat</translation>
    </message>
    <message>
      <source>Title of the new report line</source>
      <translation>Titre de la nouvelle ligne de rapport</translation>
    </message>
    <message>
      <source> year(s)</source>
      <translation> an(s)</translation>
    </message>
    <message>
      <source>a year, or a session id</source>
      <translation>une année ou un identifiant de session</translation>
    </message>
    <message>
      <source>year (optional)</source>
      <translation>année (facultative)</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> semaines</translation>
    </message>
    <message>
      <source>from</source>
      <translation>du</translation>
    </message>
    <message>
      <source>until</source>
      <translation>au</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>New report</source>
      <translation>Nouveau rapport</translation>
    </message>
    <message>
      <source>Effect</source>
      <translation>Effet</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Règle</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Organe</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>Tous les</translation>
    </message>
    <message>
      <source>First</source>
      <translation>Première</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Jusqu’à</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>Préparation</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Examens</translation>
    </message>
    <message>
      <source>From session</source>
      <translation>De la session</translation>
    </message>
    <message>
      <source>To session</source>
      <translation>Vers la session</translation>
    </message>
    <message>
      <source>Into report</source>
      <translation>Dans le rapport</translation>
    </message>
    <message>
      <source>at every body</source>
      <translation>dans tous les organes</translation>
    </message>
    <message>
      <source>only at one body</source>
      <translation>dans un seul organe</translation>
    </message>
    <message>
      <source>%1 (projected)</source>
      <translation>%1 (prévisionnelle)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsDialog</name>
    <message>
      <source>Read-only</source>
      <translation>Lecture seule</translation>
    </message>
    <message>
      <source>Choose a Meeting Calendar</source>
      <translation>Choisir un calendrier de réunions</translation>
    </message>
    <message>
      <source>Calendars (*.ics)</source>
      <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
      <source>Import Meetings</source>
      <translation>Importer des réunions</translation>
    </message>
    <message>
      <source>Confirm sessions from %1</source>
      <translation>Confirmer les sessions d’après %1</translation>
    </message>
    <message>
      <source>Import Meetings from %1</source>
      <translation>Importer les réunions de %1</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Modification</translation>
    </message>
    <message>
      <source>&amp;Confirm Sessions</source>
      <translation>&amp;Confirmer les sessions</translation>
    </message>
    <message>
      <source>Ticked meetings confirm their session with the meeting's dates and place.</source>
      <translation>Les réunions cochées confirment leur session avec les dates et le lieu de la réunion.</translation>
    </message>
    <message>
      <source>confirms the projected session</source>
      <translation>confirme la session prévisionnelle</translation>
    </message>
    <message>
      <source>changes %1 – %2</source>
      <translation>modifie %1 – %2</translation>
    </message>
    <message>
      <source>as in the plan</source>
      <translation>comme dans le plan</translation>
    </message>
    <message>
      <source>no body of the plan named</source>
      <translation>aucun organe du plan n’est nommé</translation>
    </message>
    <message>
      <source>no session of %1 near these dates</source>
      <translation>aucune session de %1 près de ces dates</translation>
    </message>
  </context>
  <context>
    <name>NewPlanDialog</name>
    <message>
      <source>New Plan</source>
      <translation>Nouveau plan</translation>
    </message>
    <message>
      <source>&amp;Blank plan</source>
      <translation>Plan &amp;vierge</translation>
    </message>
    <message>
      <source>&amp;From the UN calendar, with the bodies ticked below</source>
      <translation>À partir du calendrier de l’&amp;ONU, avec les organes cochés ci-dessous</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Organe</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Tick &amp;All</source>
      <translation>Tout coc&amp;her</translation>
    </message>
    <message>
      <source>&amp;Untick All</source>
      <translation>Tout &amp;décocher</translation>
    </message>
    <message>
      <source>the file's name, if left empty</source>
      <translation>le nom du fichier, si vide</translation>
    </message>
    <message>
      <source>choose where to save it</source>
      <translation>choisissez où l’enregistrer</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Choisir…</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Créer</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titre</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>An empty plan: add bodies, sessions and decisions.</source>
      <translation>Un plan vide : ajoutez organes, sessions et décisions.</translation>
    </message>
    <message>
      <source>Tick the bodies the plan should hold.</source>
      <translation>Cochez les organes que le plan doit contenir.</translation>
    </message>
    <message>
      <source>Bodies: %1 · sessions: %2 · decisions: %3 · report lines: %4</source>
      <translation>Organes : %1 · sessions : %2 · décisions : %3 · lignes de rapport : %4</translation>
    </message>
    <message>
      <source>Also kept, without their calendar, for the decisions that refer to them: %1</source>
      <translation>Conservés aussi, sans leur calendrier, pour les décisions qui s’y réfèrent : %1</translation>
    </message>
    <message>
      <source>New plan file</source>
      <translation>Fichier du nouveau plan</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Plans (*.sqlite)</translation>
    </message>
  </context>
  <context>
    <name>PasteTextDialog</name>
    <message>
      <source>Paste a Resolution</source>
      <translation>Coller une résolution</translation>
    </message>
    <message>
      <source>Paste the resolution here: its numbered operative paragraphs, one per line or block.</source>
      <translation>Collez la résolution ici : ses paragraphes du dispositif numérotés, un par ligne ou par bloc.</translation>
    </message>
    <message>
      <source>(not known)</source>
      <translation>(inconnu)</translation>
    </message>
    <message>
      <source>known</source>
      <translation>connue</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Cote</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Adoptée par</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Adoptée le</translation>
    </message>
    <message>
      <source>pasted text</source>
      <translation>texte collé</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message>
      <source>Calendar data as of %1</source>
      <translation>Données du calendrier à jour au %1</translation>
    </message>
    <message>
      <source>This plan's calendar data as of %1</source>
      <translation>Données du calendrier de ce plan à jour au %1</translation>
    </message>
    <message>
      <source>New Plan</source>
      <translation>Nouveau plan</translation>
    </message>
    <message>
      <source>Import plan</source>
      <translation>Importer un plan</translation>
    </message>
    <message>
      <source>Plan interchange files (*.json)</source>
      <translation>Fichiers d’échange de plan (*.json)</translation>
    </message>
    <message>
      <source>Save the imported plan as</source>
      <translation>Enregistrer le plan importé sous</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Plans (*.sqlite)</translation>
    </message>
    <message>
      <source>Import Plan</source>
      <translation>Importer un plan</translation>
    </message>
    <message>
      <source>Export plan</source>
      <translation>Exporter le plan</translation>
    </message>
    <message>
      <source>Export Plan</source>
      <translation>Exporter le plan</translation>
    </message>
    <message>
      <source>Exported the plan to %1</source>
      <translation>Plan exporté vers %1</translation>
    </message>
    <message>
      <source>Projection Horizon</source>
      <translation>Horizon de projection</translation>
    </message>
    <message>
      <source>Project the session series this many years past the current year:</source>
      <translation>Projeter les séries de sessions jusqu’à ce nombre d’années après l’année en cours :</translation>
    </message>
    <message numerus="yes">
      <source>Projection horizon: %n year(s)</source>
      <translation>
        <numerusform>Horizon de projection : %n an</numerusform>
        <numerusform>Horizon de projection : %n ans</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Slide 16:9 (1920 × 1080)</source>
      <translation>Diapositive 16:9 (1920 × 1080)</translation>
    </message>
    <message>
      <source>Slide 16:9 (3840 × 2160)</source>
      <translation>Diapositive 16:9 (3840 × 2160)</translation>
    </message>
    <message>
      <source>A4 landscape handout</source>
      <translation>Document A4 à l’italienne</translation>
    </message>
    <message>
      <source>A3 poster</source>
      <translation>Affiche A3</translation>
    </message>
    <message>
      <source>Email image (1200 px wide)</source>
      <translation>Image pour courriel (1200 px de large)</translation>
    </message>
  </context>
  <context>
    <name>PrintSetupDialog</name>
    <message>
      <source>Fit the years to the page width</source>
      <translation>Ajuster les années à la largeur de la page</translation>
    </message>
    <message>
      <source>Tile: a few years per page</source>
      <translation>Mosaïque : quelques années par page</translation>
    </message>
    <message>
      <source> years per page</source>
      <translation> ans par page</translation>
    </message>
    <message>
      <source>Paper (landscape)</source>
      <translation>Papier (paysage)</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Années</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Mise en page</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %1 (%n page(s))</source>
      <translation>
        <numerusform>%1 écrit (%n page)</numerusform>
        <numerusform>%1 écrit (%n pages)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <source>No problems: every rule finds its sessions and no deadline is missed.</source>
      <translation>Aucun problème : chaque règle trouve ses sessions et aucune échéance n’est manquée.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Next: %1</source>
      <translation>Prochaines : %1</translation>
    </message>
    <message>
      <source>No occurrence in the range.</source>
      <translation>Aucune occurrence dans la période.</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>Recurrence (RRULE)</source>
      <translation>Récurrence (RRULE)</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Jusqu’à</translation>
    </message>
    <message>
      <source>Number = year −</source>
      <translation>Numéro = année −</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Body %1</source>
      <translation>Organe %1</translation>
    </message>
    <message>
      <source>New body</source>
      <translation>Nouvel organe</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>e.g. CSW</source>
      <translation>p. ex. CSW</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Organe de tutelle</translation>
    </message>
    <message>
      <source>Submission (weeks before)</source>
      <translation>Soumission (semaines avant)</translation>
    </message>
    <message>
      <source>Issuance (weeks before)</source>
      <translation>Parution (semaines avant)</translation>
    </message>
    <message>
      <source>Report line “%1”</source>
      <translation>Ligne de rapport « %1 »</translation>
    </message>
    <message>
      <source>New report line</source>
      <translation>Nouvelle ligne de rapport</translation>
    </message>
    <message>
      <source>a short stable id</source>
      <translation>un identifiant court et stable</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Titre abrégé</translation>
    </message>
    <message>
      <source>for labels; derived from the title</source>
      <translation>pour les étiquettes ; déduit du titre</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
      <source>Word limit</source>
      <translation>Limite de mots</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Nouvelle session</translation>
    </message>
    <message>
      <source>Session: %1</source>
      <translation>Session : %1</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>Confirmer : %1</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Organe</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>Ouverture</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>Clôture</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Session series %1</source>
      <translation>Série de sessions %1</translation>
    </message>
    <message>
      <source>New session series</source>
      <translation>Nouvelle série de sessions</translation>
    </message>
    <message>
      <source>Name pattern</source>
      <translation>Modèle de nom</translation>
    </message>
    <message>
      <source>Substantive session of {year}; {ordinal} session</source>
      <translation>Session de fond de {year} ; {ordinal} session</translation>
    </message>
    <message>
      <source>Runs until the next opens</source>
      <translation>Dure jusqu’à l’ouverture de la suivante</translation>
    </message>
    <message>
      <source>Event: %1</source>
      <translation>Événement : %1</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>Nouvel événement</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>Provisoire</translation>
    </message>
    <message>
      <source>Event series: %1</source>
      <translation>Série d’événements : %1</translation>
    </message>
    <message>
      <source>New event series</source>
      <translation>Nouvelle série d’événements</translation>
    </message>
    <message>
      <source>Track “%1” at %2</source>
      <translation>Suivre « %1 » à %2</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Cote du document</translation>
    </message>
    <message>
      <source>e.g. A/67/123-E/2012/45</source>
      <translation>p. ex. A/67/123-E/2012/45</translation>
    </message>
    <message>
      <source>Responsible officer</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Word estimate</source>
      <translation>Nombre de mots estimé</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>facultatif</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>ReportListDialog</name>
    <message>
      <source>Report title</source>
      <translation>Titre du rapport</translation>
    </message>
    <message>
      <source>Report id</source>
      <translation>Identifiant du rapport</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Cote du document</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>row %1: no report title</source>
      <translation>ligne %1 : pas de titre de rapport</translation>
    </message>
    <message>
      <source>row %1: no report line %2</source>
      <translation>ligne %1 : pas de ligne de rapport %2</translation>
    </message>
    <message>
      <source>row %1: no session %2</source>
      <translation>ligne %1 : pas de session %2</translation>
    </message>
    <message>
      <source>row %1: status %2 not known (planned)</source>
      <translation>ligne %1 : état %2 inconnu (prévu)</translation>
    </message>
    <message>
      <source>row %1: %2 given twice</source>
      <translation>ligne %1 : %2 donné deux fois</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Lecture seule</translation>
    </message>
    <message>
      <source>Choose a Report List</source>
      <translation>Choisir une liste de rapports</translation>
    </message>
    <message>
      <source>Report lists (*.xlsx *.csv)</source>
      <translation>Listes de rapports (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Import Report List</source>
      <translation>Importer une liste de rapports</translation>
    </message>
    <message>
      <source>Import report list %1</source>
      <translation>Importer la liste de rapports %1</translation>
    </message>
    <message>
      <source>Import Report List from %1</source>
      <translation>Importer la liste de rapports %1</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>(ignore)</source>
      <translation>(ignorer)</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <source>Choose what each column holds; a report title is needed in each row.</source>
      <translation>Indiquez ce que contient chaque colonne ; chaque ligne doit avoir un titre de rapport.</translation>
    </message>
    <message>
      <source>A field is chosen for two columns.</source>
      <translation>Un même champ est choisi pour deux colonnes.</translation>
    </message>
  </context>
  <context>
    <name>RequirementsPanel</name>
    <message>
      <source>Filter text…</source>
      <translation>Filtrer le texte…</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Organe</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Année</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>No report is due yet: requirements appear here when a decision mandates a report (Edit ▸ New Decision, Ctrl+N).</source>
      <translation>Aucun rapport n’est encore attendu : les obligations apparaissent ici lorsqu’une décision prescrit un rapport (Édition ▸ Nouvelle décision, Ctrl+N).</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Tous</translation>
    </message>
    <message numerus="yes">
      <source>%n requirement(s)</source>
      <translation>
        <numerusform>%n obligation</numerusform>
        <numerusform>%n obligations</numerusform>
      </translation>
    </message>
    <message>
      <source>Show on timeline</source>
      <translation>Afficher sur la chronologie</translation>
    </message>
    <message>
      <source>Track…</source>
      <translation>Suivre…</translation>
    </message>
    <message>
      <source>Edit report line…</source>
      <translation>Modifier la ligne de rapport…</translation>
    </message>
    <message>
      <source>Delete report line…</source>
      <translation>Supprimer la ligne de rapport…</translation>
    </message>
  </context>
  <context>
    <name>ReviewText</name>
    <message>
      <source>no body named: the adopting body assumed</source>
      <translation>aucun organe nommé : l’organe qui adopte est supposé</translation>
    </message>
    <message>
      <source>the body taken from the rest of the text</source>
      <translation>organe déduit du reste du texte</translation>
    </message>
    <message>
      <source>a body this reader does not know</source>
      <translation>un organe que ce lecteur ne connaît pas</translation>
    </message>
    <message>
      <source>asks for content in an existing report, perhaps not a report of its own</source>
      <translation>demande un contenu dans un rapport existant, peut-être pas un rapport distinct</translation>
    </message>
    <message>
      <source>in a draft recommended to another body, not adopted yet</source>
      <translation>dans un projet recommandé à un autre organe, pas encore adopté</translation>
    </message>
    <message>
      <source>no time given</source>
      <translation>aucune échéance indiquée</translation>
    </message>
    <message>
      <source>only a year given</source>
      <translation>seule une année est indiquée</translation>
    </message>
    <message>
      <source>several sessions named</source>
      <translation>plusieurs sessions nommées</translation>
    </message>
    <message>
      <source>what it is merged into is unclear</source>
      <translation>on ne sait pas clairement dans quoi il est fusionné</translation>
    </message>
    <message>
      <source>the session taken from the provisional agenda named</source>
      <translation>session déduite de l’ordre du jour provisoire cité</translation>
    </message>
    <message>
      <source>a joint report to %1</source>
      <translation>un rapport commun à %1</translation>
    </message>
    <message>
      <source>through %1</source>
      <translation>par l’intermédiaire de %1</translation>
    </message>
    <message>
      <source>the plan has no such session</source>
      <translation>le plan n’a pas cette session</translation>
    </message>
    <message>
      <source>the plan has no such body</source>
      <translation>le plan n’a pas cet organe</translation>
    </message>
    <message>
      <source>no report line in the plan matches</source>
      <translation>aucune ligne de rapport du plan ne correspond</translation>
    </message>
    <message>
      <source>no report line to merge into</source>
      <translation>aucune ligne de rapport dans laquelle fusionner</translation>
    </message>
    <message>
      <source>no schedule to plan (ongoing)</source>
      <translation>aucun calendrier à planifier (en continu)</translation>
    </message>
    <message>
      <source>no first occurrence known</source>
      <translation>première échéance inconnue</translation>
    </message>
    <message>
      <source>no time given: the next session assumed</source>
      <translation>aucune échéance indiquée : la prochaine session est supposée</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>tous les ans</numerusform>
        <numerusform>tous les %n ans</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n proposal(s)</source>
      <translation>
        <numerusform>%n proposition</numerusform>
        <numerusform>%n propositions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s)</source>
      <translation>
        <numerusform>%n résolution</numerusform>
        <numerusform>%n résolutions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the plan</source>
      <translation>
        <numerusform>%n déjà dans le plan</numerusform>
        <numerusform>%n déjà dans le plan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new mandate(s)</source>
      <translation>
        <numerusform>%n nouveau mandat</numerusform>
        <numerusform>%n nouveaux mandats</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>edited: %n mandate(s)</source>
      <translation>
        <numerusform>modifiée : %n mandat</numerusform>
        <numerusform>modifiée : %n mandats</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n resolution(s) cannot be imported as they stand: edit or reject them</source>
      <translation>
        <numerusform>%n résolution ne peut pas être importée telle quelle : modifiez-la ou rejetez-la</numerusform>
        <numerusform>%n résolutions ne peuvent pas être importées telles quelles : modifiez-les ou rejetez-les</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n resolution(s)</source>
      <translation>
        <numerusform>Importer %n résolution</numerusform>
        <numerusform>Importer %n résolutions</numerusform>
      </translation>
    </message>
    <message>
      <source>at session %1 (%2)</source>
      <translation>à la session %1 (%2)</translation>
    </message>
    <message>
      <source>at session %1</source>
      <translation>à la session %1</translation>
    </message>
    <message>
      <source>in %1</source>
      <translation>en %1</translation>
    </message>
    <message>
      <source>at the next session</source>
      <translation>à la prochaine session</translation>
    </message>
    <message>
      <source>from session %1</source>
      <translation>à partir de la session %1</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>à partir de %1</translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>jusqu’à %1</translation>
    </message>
    <message>
      <source>ongoing</source>
      <translation>en continu</translation>
    </message>
    <message>
      <source>discontinued</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <source>merged into “%1”</source>
      <translation>fusionné dans « %1 »</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>fusionné</translation>
    </message>
    <message>
      <source>to %1</source>
      <translation>à %1</translation>
    </message>
    <message>
      <source>oral</source>
      <translation>oral</translation>
    </message>
    <message>
      <source>unsure, %1</source>
      <translation>incertain, %1</translation>
    </message>
    <message>
      <source>“%1”, a new report line</source>
      <translation>« %1 », nouvelle ligne de rapport</translation>
    </message>
    <message>
      <source>%1 — %2: %3</source>
      <translation>%1 — %2 : %3</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>Effet prévu</translation>
    </message>
    <message>
      <source>nothing: not accepted</source>
      <translation>rien : non accepté</translation>
    </message>
    <message>
      <source>Unsure</source>
      <translation>Incertain</translation>
    </message>
    <message>
      <source>Read as</source>
      <translation>Lu comme</translation>
    </message>
    <message>
      <source>On: %1</source>
      <translation>Sur : %1</translation>
    </message>
    <message>
      <source>Agenda item: %1</source>
      <translation>Point de l’ordre du jour : %1</translation>
    </message>
    <message>
      <source>Confidence: %1</source>
      <translation>Confiance : %1</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>Remarques : %1</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Devient</translation>
    </message>
    <message>
      <source>Not placed in the plan: %1</source>
      <translation>Non placé dans le plan : %1</translation>
    </message>
    <message>
      <source>Already in the plan: adds nothing.</source>
      <translation>Déjà dans le plan : n’ajoute rien.</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Cote</translation>
    </message>
    <message>
      <source>Adopted by</source>
      <translation>Adoptée par</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Adoptée le</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Operative paragraphs</source>
      <translation>Paragraphes du dispositif</translation>
    </message>
  </context>
  <context>
    <name>SessionCard</name>
    <message>
      <source>projected</source>
      <translation>prévisionnelle</translation>
    </message>
    <message>
      <source>No report is due at this session.</source>
      <translation>Aucun rapport n’est attendu à cette session.</translation>
    </message>
    <message>
      <source>mandated by %1</source>
      <translation>demandé par %1</translation>
    </message>
    <message>
      <source>submit by %1, issue by %2</source>
      <translation>soumettre avant le %1, paraître avant le %2</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <source>Session start</source>
      <translation>Ouverture de la session</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Organe</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Submit by</source>
      <translation>Soumettre avant le</translation>
    </message>
    <message>
      <source>Issue by</source>
      <translation>Parution avant le</translation>
    </message>
    <message>
      <source>Mandated by</source>
      <translation>Demandé par</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>submission</source>
      <translation>soumission</translation>
    </message>
    <message>
      <source>issuance</source>
      <translation>parution</translation>
    </message>
    <message>
      <source>%1, overdue</source>
      <translation>%1, en retard</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Emplacement</translation>
    </message>
  </context>
  <context>
    <name>TeamFeatures</name>
    <message>
      <source>Open &amp;Team Plan…</source>
      <translation>Ouvrir un plan d’é&amp;quipe…</translation>
    </message>
    <message>
      <source>Take &amp;Offline Copy…</source>
      <translation>Prendre une copie &amp;hors ligne…</translation>
    </message>
    <message>
      <source>&amp;Bring Changes Back…</source>
      <translation>&amp;Rapporter les modifications…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>Connected to the server again</source>
      <translation>De nouveau connecté au serveur</translation>
    </message>
    <message>
      <source>Not saved, the server cannot be reached: “%1” will be offered again</source>
      <translation>Non enregistré, le serveur est injoignable : « %1 » sera proposé de nouveau</translation>
    </message>
    <message>
      <source>Save your edit “%1” now?</source>
      <translation>Enregistrer maintenant votre modification « %1 » ?</translation>
    </message>
    <message>
      <source>Open Team Plan</source>
      <translation>Ouvrir un plan d’équipe</translation>
    </message>
    <message>
      <source>Take Offline Copy</source>
      <translation>Prendre une copie hors ligne</translation>
    </message>
    <message>
      <source>Plans (*.sqlite)</source>
      <translation>Plans (*.sqlite)</translation>
    </message>
    <message>
      <source>Offline copy saved as %1</source>
      <translation>Copie hors ligne enregistrée sous %1</translation>
    </message>
    <message>
      <source>Bring Changes Back</source>
      <translation>Rapporter les modifications</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) brought back</source>
      <translation>
        <numerusform>%n modification rapportée</numerusform>
        <numerusform>%n modifications rapportées</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 — %2 on %3</source>
      <translation>%1 — %2 sur %3</translation>
    </message>
    <message>
      <source>%1 — %2 on this computer</source>
      <translation>%1 — %2 sur cet ordinateur</translation>
    </message>
  </context>
  <context>
    <name>TeamPlanDialog</name>
    <message>
      <source>Open Team Plan</source>
      <translation>Ouvrir un plan d’équipe</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>confirmed session</source>
      <translation>session confirmée</translation>
    </message>
    <message>
      <source>projected session</source>
      <translation>session prévisionnelle</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>décision</translation>
    </message>
    <message>
      <source>draft decision</source>
      <translation>projet de décision</translation>
    </message>
    <message>
      <source>event</source>
      <translation>événement</translation>
    </message>
    <message>
      <source>tentative event</source>
      <translation>événement provisoire</translation>
    </message>
    <message>
      <source>today</source>
      <translation>aujourd’hui</translation>
    </message>
    <message>
      <source>as of</source>
      <translation>à la date du</translation>
    </message>
    <message>
      <source>submission / issuance deadline</source>
      <translation>date limite de soumission / de parution</translation>
    </message>
    <message>
      <source>more reports, not named here</source>
      <translation>autres rapports, non nommés ici</translation>
    </message>
    <message>
      <source>projections end</source>
      <translation>fin des projections</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>prévu au programme</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>prévu</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>soumis</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>paru</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>examiné</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>en retard</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>intenable</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Décisions</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Redo %1</source>
      <translation>Rétablir : %1</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Annuler : %1</translation>
    </message>
    <message>
      <source>%1: not done. %2</source>
      <translation>%1 : non effectué. %2</translation>
    </message>
  </context>
  <context>
    <name>WhatChangedPanel</name>
    <message>
      <source>Edits and their effect on the requirements appear here.</source>
      <translation>Les modifications et leurs effets sur les obligations s’affichent ici.</translation>
    </message>
  </context>
  <context>
    <name>WhatIfPanel</name>
    <message>
      <source>What the draft decisions would add, remove and move appears here (Plan ▸ Compare With and Without Drafts, Ctrl+Shift+D).</source>
      <translation>Ce que les projets de décision ajouteraient, supprimeraient ou déplaceraient apparaît ici (Plan ▸ Comparer avec et sans les projets, Ctrl+Maj+D).</translation>
    </message>
    <message>
      <source>The plan has no draft decisions. A decision saved as a draft shows here what it would change.</source>
      <translation>Le plan ne contient aucun projet de décision. Une décision enregistrée comme projet montre ici ce qu’elle changerait.</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>still due, now mandated by %1</source>
      <translation>toujours dû, désormais prescrit par %1</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>A .json file opens read-only; import it to edit it.</source>
      <translation>Un fichier .json s’ouvre en lecture seule ; importez-le pour le modifier.</translation>
    </message>
    <message>
      <source>The plan file cannot be written (its permissions or folder).</source>
      <translation>Le fichier du plan ne peut pas être écrit (droits d’accès ou dossier).</translation>
    </message>
    <message>
      <source>Another Mandate Planner window is editing this plan.</source>
      <translation>Une autre fenêtre de Mandate Planner modifie ce plan.</translation>
    </message>
    <message>
      <source>Meeting mode is read-only (Esc leaves it).</source>
      <translation>Le mode réunion est en lecture seule (Échap pour le quitter).</translation>
    </message>
    <message>
      <source>Your database role may only read this team plan.</source>
      <translation>Votre rôle dans la base de données permet seulement de lire ce plan d’équipe.</translation>
    </message>
    <message>
      <source>The plan holds values that cannot be computed; it opens read-only, without the records at fault.</source>
      <translation>Le plan contient des valeurs impossibles à calculer ; il s’ouvre en lecture seule, sans les enregistrements en cause.</translation>
    </message>
    <message>
      <source>This plan was opened read-only.</source>
      <translation>Ce plan a été ouvert en lecture seule.</translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1 et %2</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>replaced by %1</source>
      <translation>remplacé par %1</translation>
    </message>
    <message>
      <source>terminated by %1</source>
      <translation>terminé par %1</translation>
    </message>
    <message>
      <source>deferred to %1 by %2</source>
      <translation>reporté à %1 par %2</translation>
    </message>
    <message>
      <source>merged into %1 by %2</source>
      <translation>fusionné dans %1 par %2</translation>
    </message>
    <message>
      <source>no longer mandated</source>
      <translation>n’est plus demandé</translation>
    </message>
    <message>
      <source>add</source>
      <translation>ajouter</translation>
    </message>
    <message>
      <source>replace</source>
      <translation>remplacer</translation>
    </message>
    <message>
      <source>terminate</source>
      <translation>mettre fin</translation>
    </message>
    <message>
      <source>defer</source>
      <translation>reporter</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>fusionner</translation>
    </message>
    <message>
      <source>from %1 to %2</source>
      <translation>de %1 à %2</translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>à partir de %1</translation>
    </message>
    <message>
      <source>into %1</source>
      <translation>dans %1</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>only at %1</source>
      <translation>seulement à %1</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>à %1</translation>
    </message>
    <message>
      <source>at the next session of %1</source>
      <translation>à la prochaine session de %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after %2</source>
      <translation>à la première session de %1 après %2</translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s) from %1</source>
      <translation>
        <numerusform>chaque année à partir de %1</numerusform>
        <numerusform>tous les %n ans à partir de %1</numerusform>
      </translation>
    </message>
    <message>
      <source>until %1</source>
      <translation>jusqu’à %1</translation>
    </message>
    <message>
      <source>at the first session of %1 after each %2</source>
      <translation>à la première session de %1 après chaque %2</translation>
    </message>
    <message numerus="yes">
      <source>(%n week(s) to prepare)</source>
      <translation>
        <numerusform>(%n semaine de préparation)</numerusform>
        <numerusform>(%n semaines de préparation)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n year(s)</source>
      <translation>
        <numerusform>tous les ans</numerusform>
        <numerusform>tous les %n ans</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>chaque mois</numerusform>
        <numerusform>tous les %n mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>chaque semaine</numerusform>
        <numerusform>toutes les %n semaines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>chaque jour</numerusform>
        <numerusform>tous les %n jours</numerusform>
      </translation>
    </message>
    <message>
      <source>the first %1</source>
      <translation>le premier %1</translation>
    </message>
    <message>
      <source>the second %1</source>
      <translation>le deuxième %1</translation>
    </message>
    <message>
      <source>the third %1</source>
      <translation>le troisième %1</translation>
    </message>
    <message>
      <source>the fourth %1</source>
      <translation>le quatrième %1</translation>
    </message>
    <message>
      <source>the fifth %1</source>
      <translation>le cinquième %1</translation>
    </message>
    <message>
      <source>the last %1</source>
      <translation>le dernier %1</translation>
    </message>
    <message>
      <source>the second-to-last %1</source>
      <translation>l’avant-dernier %1</translation>
    </message>
    <message>
      <source>on the %1 falling on day %2</source>
      <translation>le %1 tombant entre le %2</translation>
    </message>
    <message>
      <source>on %1</source>
      <translation>le %1</translation>
    </message>
    <message>
      <source>on day %1</source>
      <translation>le %1</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
    <message>
      <source>%1 in %2</source>
      <translation>%1 en %2</translation>
    </message>
    <message>
      <source>“%1” (%2): no session of %3 in the plan fits this rule. Add the session or its series, or change the rule.</source>
      <translation>« %1 » (%2) : aucune session de %3 du plan ne correspond à cette règle. Ajoutez la session ou sa série, ou modifiez la règle.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3, before %4 took effect on %5; this report cannot be ready in time. Defer it to a later session.</source>
      <translation>« %1 » à %2 : le manuscrit était attendu le %3, avant l’entrée en vigueur de %4 le %5 ; ce rapport ne peut pas être prêt à temps. Reportez-le à une session ultérieure.</translation>
    </message>
    <message>
      <source>“%1” at %2: the manuscript was due %3 and is still %4. Submit it, or update its tracking.</source>
      <translation>« %1 » à %2 : le manuscrit était attendu le %3 et il est toujours « %4 ». Soumettez-le ou mettez à jour son suivi.</translation>
    </message>
    <message numerus="yes">
      <source>“%1” at %2: %n words estimated, above the limit of %3. Shorten it.</source>
      <translation>
        <numerusform>« %1 » à %2 : %n mot estimé, au-delà de la limite de %3. Raccourcissez-le.</numerusform>
        <numerusform>« %1 » à %2 : %n mots estimés, au-delà de la limite de %3. Raccourcissez-le.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” at %2: it is no longer due there, but its tracking is kept. Clear the tracking if it is not needed.</source>
      <translation>« %1 » à %2 : il n’est plus dû à cette session, mais son suivi est conservé. Effacez le suivi s’il n’est plus utile.</translation>
    </message>
    <message>
      <source>%1 defers “%2” from %3, but it is not due there: nothing moves.</source>
      <translation>%1 reporte « %2 » de %3, mais il n’y est pas dû : rien n’est déplacé.</translation>
    </message>
    <message>
      <source>%1 merges “%2” into “%3” from %4, but nothing is due then.</source>
      <translation>%1 fusionne « %2 » dans « %3 » à partir du %4, mais rien n’est dû à partir de cette date.</translation>
    </message>
    <message>
      <source>“%1” (%2) is next due in %3, beyond the planning horizon (%4). Extend the horizon (Plan ▸ Projection Horizon) to plan for it.</source>
      <translation>« %1 » (%2) est de nouveau attendu en %3, au-delà de l’horizon de planification (%4). Étendez l’horizon (Plan ▸ Horizon de projection) pour le planifier.</translation>
    </message>
    <message>
      <source>%1 ends “%2” from %3, but nothing is due then.</source>
      <translation>%1 met fin à « %2 » à partir du %3, mais rien n’est dû à partir de cette date.</translation>
    </message>
    <message>
      <source>%1, mandate %2</source>
      <translation>%1, mandat %2</translation>
    </message>
    <message>
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>avertissement</translation>
    </message>
    <message>
      <source>note</source>
      <translation>remarque</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>prévu au programme</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>prévu</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>soumis</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>paru</translation>
    </message>
    <message>
      <source>considered</source>
      <translation>examiné</translation>
    </message>
    <message>
      <source>this field</source>
      <translation>ce champ</translation>
    </message>
    <message>
      <source>Fill in “%1”.</source>
      <translation>Remplissez « %1 ».</translation>
    </message>
    <message>
      <source>“%1” must be at least %2.</source>
      <translation>« %1 » doit être au moins %2.</translation>
    </message>
    <message>
      <source>“%1” must be at most %2.</source>
      <translation>« %1 » doit être au plus %2.</translation>
    </message>
    <message>
      <source>“%1” must be a whole number.</source>
      <translation>« %1 » doit être un nombre entier.</translation>
    </message>
    <message>
      <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
      <translation>« %1 » n’est pas une date : écrivez-la AAAA-MM-JJ.</translation>
    </message>
    <message>
      <source>“%1”: there is no such day as %2.</source>
      <translation>« %1 » : le %2 n’existe pas.</translation>
    </message>
    <message>
      <source>“%1” must be a date from %2 to %3.</source>
      <translation>« %1 » doit être une date de %2 à %3.</translation>
    </message>
    <message>
      <source>“%1” is already used by another record; choose another.</source>
      <translation>« %1 » est déjà utilisé par un autre enregistrement ; choisissez-en un autre.</translation>
    </message>
    <message>
      <source>This is not a recurrence the planner can read; write it as an RRULE, for example FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</source>
      <translation>Cette récurrence n’est pas lisible par le planificateur ; écrivez-la comme une RRULE, par exemple FREQ=YEARLY;BYMONTH=7;BYDAY=1MO.</translation>
    </message>
    <message>
      <source>The name can only use {year}, {number} and {ordinal} for the parts that change, e.g. “{ordinal} session”.</source>
      <translation>Le nom ne peut utiliser que {year}, {number} et {ordinal} pour les parties variables, par ex. « {ordinal} session ».</translation>
    </message>
    <message>
      <source>A body cannot be placed under itself or under one of its own subsidiaries.</source>
      <translation>Un organe ne peut pas être placé sous lui-même ni sous l’un de ses organes subsidiaires.</translation>
    </message>
    <message>
      <source>There is no session “%1” in the plan: pick one, or give a year.</source>
      <translation>Le plan n’a pas de session « %1 » : choisissez-en une ou indiquez une année.</translation>
    </message>
    <message>
      <source>There is no report line “%1” in the plan.</source>
      <translation>Le plan n’a pas de ligne de rapport « %1 ».</translation>
    </message>
    <message>
      <source>There is no body “%1” in the plan.</source>
      <translation>Le plan n’a pas d’organe « %1 ».</translation>
    </message>
    <message>
      <source>A deferral needs the session it moves from and the session it moves to.</source>
      <translation>Un report a besoin de la session d’origine et de la session de destination.</translation>
    </message>
    <message>
      <source>Defer to another session than the one it moves from.</source>
      <translation>Reportez à une autre session que la session d’origine.</translation>
    </message>
    <message>
      <source>A report line cannot merge into itself: pick the report line it joins.</source>
      <translation>Une ligne de rapport ne peut pas fusionner avec elle-même : choisissez celle qu’elle rejoint.</translation>
    </message>
    <message>
      <source>Give a year (e.g. 2016) or a session.</source>
      <translation>Indiquez une année (par ex. 2016) ou une session.</translation>
    </message>
    <message>
      <source>Give a year from %1 to %2.</source>
      <translation>Indiquez une année de %1 à %2.</translation>
    </message>
    <message>
      <source>The last year (%1) comes before the first (%2).</source>
      <translation>La dernière année (%1) précède la première (%2).</translation>
    </message>
    <message>
      <source>These merges would go round in a circle: %1. Remove one of them.</source>
      <translation>Ces fusions tourneraient en rond : %1. Supprimez-en une.</translation>
    </message>
    <message>
      <source>“%1” (%2) cannot be before %3.</source>
      <translation>« %1 » (%2) ne peut pas précéder le %3.</translation>
    </message>
    <message>
      <source>Enter the decision’s symbol, e.g. E/DEC/2011/216 or “decision 2011/216”.</source>
      <translation>Saisissez la cote de la décision, par ex. E/DEC/2011/216 ou « décision 2011/216 ».</translation>
    </message>
    <message>
      <source>Say which body adopted “%1” (e.g. “ECOSOC %1”), or give the full symbol.</source>
      <translation>Précisez quel organe a adopté « %1 » (par ex. « ECOSOC %1 ») ou donnez la cote complète.</translation>
    </message>
    <message>
      <source>“%1” is a working symbol, for drafts only: give the adopted symbol, e.g. E/DEC/2011/216, or make the decision a draft.</source>
      <translation>« %1 » est une cote de travail, réservée aux projets : donnez la cote définitive, par ex. E/DEC/2011/216, ou faites de la décision un projet.</translation>
    </message>
    <message>
      <source>“%1” is not a symbol: write e.g. A/RES/67/290, E/DEC/2011/216 or “resolution 2009/29”.</source>
      <translation>« %1 » n’est pas une cote : écrivez par ex. A/RES/67/290, E/DEC/2011/216 ou « résolution 2009/29 ».</translation>
    </message>
    <message>
      <source>%1 is already in the plan: edit that decision instead.</source>
      <translation>%1 figure déjà dans le plan : modifiez plutôt cette décision.</translation>
    </message>
    <message>
      <source>The report line “%1” exists already: pick it from the list.</source>
      <translation>La ligne de rapport « %1 » existe déjà : choisissez-la dans la liste.</translation>
    </message>
    <message>
      <source>Give the new report line “%1” a title.</source>
      <translation>Donnez un titre à la nouvelle ligne de rapport « %1 ».</translation>
    </message>
    <message numerus="yes">
      <source>This change would leave %n mandate(s) naming a session or event that no longer exists: change those decisions first.</source>
      <translation>
        <numerusform>Cette modification laisserait %n mandat désignant une session ou un événement qui n’existe plus : modifiez d’abord cette décision.</numerusform>
        <numerusform>Cette modification laisserait %n mandats désignant une session ou un événement qui n’existe plus : modifiez d’abord ces décisions.</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” is still used by %2: change or delete those first.</source>
      <translation>« %1 » est encore utilisé par %2 : modifiez-les ou supprimez-les d’abord.</translation>
    </message>
    <message>
      <source>The id cannot change: other records refer to it by that id.</source>
      <translation>L’identifiant ne peut pas changer : d’autres enregistrements y font référence.</translation>
    </message>
    <message>
      <source>%1 is projected by its series: change the series instead.</source>
      <translation>%1 est prévue par sa série : modifiez plutôt la série.</translation>
    </message>
    <message>
      <source>“%1” must be from %2 to %3.</source>
      <translation>« %1 » doit être compris entre %2 et %3.</translation>
    </message>
    <message>
      <source>“%1” is a session of %2, not of %3: pick a session of %3.</source>
      <translation>« %1 » est une session de %2, pas de %3 : choisissez une session de %3.</translation>
    </message>
    <message>
      <source>The series “%1” projects sessions of %2, not of %3.</source>
      <translation>La série « %1 » prévoit des sessions de %2, pas de %3.</translation>
    </message>
    <message>
      <source>This effect needs a rule: choose one.</source>
      <translation>Cet effet a besoin d’une règle : choisissez-en une.</translation>
    </message>
    <message>
      <source>Choose the report line it merges into.</source>
      <translation>Choisissez la ligne de rapport dans laquelle elle fusionne.</translation>
    </message>
    <message>
      <source>“%1” must be text.</source>
      <translation>« %1 » doit être du texte.</translation>
    </message>
    <message>
      <source>There is no event “%1” in the plan.</source>
      <translation>Le plan n’a pas d’événement « %1 ».</translation>
    </message>
    <message>
      <source>There is no series “%1” in the plan.</source>
      <translation>Le plan n’a pas de série « %1 ».</translation>
    </message>
    <message>
      <source>Give the rule only, for example %1.</source>
      <translation>Donnez la règle seule, par exemple %1.</translation>
    </message>
    <message>
      <source>“%1” is not NAME=VALUE.</source>
      <translation>« %1 » n’est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
      <source>The recurrence has a part the planner does not know: %1.</source>
      <translation>La récurrence contient une partie inconnue du planificateur : %1.</translation>
    </message>
    <message>
      <source>%1 is given twice.</source>
      <translation>%1 est donné deux fois.</translation>
    </message>
    <message>
      <source>The recurrence needs FREQ, for example %1.</source>
      <translation>La récurrence a besoin de FREQ, par exemple %1.</translation>
    </message>
    <message>
      <source>Sessions are whole days: use FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, without hours, minutes or seconds.</source>
      <translation>Les sessions durent des journées entières : utilisez FREQ=YEARLY, MONTHLY, WEEKLY ou DAILY, sans heures, minutes ni secondes.</translation>
    </message>
    <message>
      <source>%1 cannot be “%2”.</source>
      <translation>%1 ne peut pas valoir « %2 ».</translation>
    </message>
    <message>
      <source>%1=%2 is out of range (%3 to %4).</source>
      <translation>%1=%2 est hors limites (%3 à %4).</translation>
    </message>
    <message>
      <source>BYDAY=%1: a numbered weekday needs FREQ=MONTHLY or YEARLY.</source>
      <translation>BYDAY=%1 : un jour de semaine numéroté demande FREQ=MONTHLY ou YEARLY.</translation>
    </message>
    <message>
      <source>Give COUNT or UNTIL, not both.</source>
      <translation>Donnez COUNT ou UNTIL, pas les deux.</translation>
    </message>
    <message>
      <source>BYSETPOS needs another BY… part to choose from.</source>
      <translation>BYSETPOS a besoin d’une autre partie BY… parmi laquelle choisir.</translation>
    </message>
    <message>
      <source>The recurrence names no day at all.</source>
      <translation>La récurrence ne désigne aucun jour.</translation>
    </message>
    <message>
      <source>The series would give too many dates in its range: narrow the rule or give an earlier end.</source>
      <translation>La série donnerait trop de dates dans sa période : restreignez la règle ou donnez une fin plus proche.</translation>
    </message>
  </context>
</TS>