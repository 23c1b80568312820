import type {LanguageLexicon} from './categories.js'

/** French. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['articles similaires', 'articles en relation', 'articles liés', 'sur le même sujet', 'sur le même thème', 'dans la même rubrique', 'vous aimerez aussi', 'vous aimerez peut-être aussi', 'vous pourriez aussi aimer', 'autres articles', 'articles recommandés', 'à découvrir aussi', 'autres actualités'],
  popular: ['les plus lus', 'le plus lu', 'articles populaires', 'populaire', 'les plus populaires', 'les plus partagés', 'les plus consultés', 'tendances'],
  recent: ['articles récents', 'derniers articles', 'dernières actualités', 'dernières publications', 'dernières infos', 'récent', 'nouveau', 'à la une'],
  newsletter: ['inscrivez-vous à notre newsletter', 'abonnez-vous à notre newsletter', 'inscrivez-vous à la newsletter', 'recevez notre newsletter', 'recevez la newsletter', 'recevoir la newsletter', 'recevoir notre newsletter', 'inscription à la newsletter', 'newsletter', "lettre d'information", "s'abonner", "s'inscrire", 'abonnez-vous', "je m'abonne", "je m'inscris", 'votre adresse e-mail'],
  share: ['partager', 'partager cet article', 'partager sur facebook', 'partager sur twitter', 'partager sur linkedin', 'partager sur whatsapp', 'partager par e-mail', 'envoyer par e-mail', 'copier le lien', 'tweeter', 'partager sur x', 'cet article vous a plu', 'partagez-le', 'suivez-nous', 'suivez-nous sur'],
  postedIn: ['publié dans', 'classé dans', 'catégorie', 'catégories', 'rubrique', 'étiquettes', 'mots-clés', 'tags', 'thèmes'],
  readMore: ['lire la suite', 'lire aussi', 'à lire aussi', 'à lire également', 'lire plus', 'voir aussi', 'en savoir plus', 'continuer la lecture', 'pour aller plus loin', 'pour approfondir', 'article précédent', 'article suivant'],
  comments: ['commentaires', 'laisser un commentaire', 'ajouter un commentaire', 'laisser une réponse', 'répondre', '{n} commentaires', '{n} commentaire', 'aucun commentaire', 'voir les commentaires', 'réagir', 'votre adresse e-mail ne sera pas publiée', 'votre adresse de messagerie ne sera pas publiée', 'les champs obligatoires sont indiqués avec', 'annuler la réponse', 'ce site utilise akismet', 'enregistrer mon nom, mon e-mail', 'prévenez-moi de tous les nouveaux commentaires', 'prévenez-moi de tous les nouveaux articles'],
  commentsOn: ['{n} réflexions sur', 'une réflexion sur', '{n} réponses à', 'une réponse à', '{n} commentaires sur', 'un commentaire sur'],
  authorBox: ["à propos de l'auteur", "à propos de l'autrice", "à propos de l'auteure", "l'auteur", "sur l'auteur", 'à propos de …'],
  cookie: ['ce site utilise des cookies', 'nous utilisons des cookies', 'paramètres des cookies', 'gérer les cookies', 'politique de cookies', 'tout accepter', 'tout refuser', 'accepter les cookies', 'continuer sans accepter', 'gérer mes choix', 'politique de confidentialité', 'mentions légales', "conditions générales d'utilisation"],
  copyright: ['tous droits réservés', "droits d'auteur"],
  advertisement: ['la suite après cette publicité', 'la suite après la publicité', "l'article continue après la publicité", 'publicité', 'sponsorisé', 'contenu sponsorisé', 'contenu partenaire', 'publireportage', 'publi-rédactionnel', 'annonce'],
  breadcrumbHome: ['accueil', "page d'accueil", 'home', 'retour en haut', 'retour à la liste', 'aller au contenu', 'aller au contenu principal', 'passer au contenu'],
  authorLabel: ['par', 'auteur', 'autrice', 'écrit par', 'rédigé par', 'publié par', 'propos recueillis par'],
  sourceLabel: ['publié initialement sur', 'initialement publié sur', 'paru initialement sur', 'cet article a été publié sur', 'source'],
  photoCredit: ['photo', 'crédit photo', 'crédit', 'photographie', 'image', 'illustration', "photo d'illustration"],
  readingTime: ['temps de lecture', '{n} min de lecture', '{n} minutes de lecture', 'lecture {n} min', 'temps de lecture : {n} minutes'],
  login: ['se connecter', 'connexion', "s'identifier", 'mon compte', 'se déconnecter', 'déconnexion', 'créer un compte', 'créer un nouveau compte', 'demander un nouveau mot de passe', 'cet article est réservé aux abonnés', 'réservé aux abonnés', 'déjà abonné', 'la suite est réservée aux abonnés', 'article réservé aux abonnés'],
} satisfies LanguageLexicon
