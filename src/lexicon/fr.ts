import type {LanguageLexicon} from './categories.js'

/** French. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["articles similaires", "articles liés", "à lire aussi", "sur le même sujet", "vous aimerez aussi", "vous pourriez aussi aimer", "autres articles", "articles recommandés"],
  popular: ["les plus lus", "articles populaires", "populaire", "les plus populaires", "tendances", "le plus lu"],
  recent: ["articles récents", "dernières actualités", "derniers articles", "récent", "nouveau", "à la une"],
  newsletter: ["inscrivez-vous à notre newsletter", "abonnez-vous à notre newsletter", "inscrivez-vous à la newsletter", "newsletter", "lettre d'information", "s'abonner", "s'inscrire", "votre adresse e-mail", "abonnez-vous"],
  share: ["partager", "partager cet article", "partager sur facebook", "partager sur twitter", "partager sur linkedin", "copier le lien", "envoyer par e-mail"],
  postedIn: ["publié dans", "catégorie", "catégories", "étiquettes", "mots-clés", "tags", "classé dans"],
  readMore: ["lire la suite", "lire aussi", "lire plus", "voir aussi", "à lire également", "en savoir plus"],
  comments: ["commentaires", "laisser un commentaire", "ajouter un commentaire", "{n} commentaires", "aucun commentaire", "réagir"],
  cookie: ["ce site utilise des cookies", "nous utilisons des cookies", "paramètres des cookies", "politique de cookies", "tout accepter", "accepter les cookies", "politique de confidentialité", "mentions légales", "gérer mes choix"],
  copyright: ["tous droits réservés", "droits d'auteur"],
  advertisement: ["publicité", "sponsorisé", "contenu sponsorisé", "annonce", "pub", "contenu partenaire"],
  breadcrumbHome: ["accueil", "page d'accueil", "home"],
  authorLabel: ["par", "auteur", "autrice", "écrit par", "rédigé par"],
  sourceLabel: ["publié initialement sur", "paru initialement sur", "source", "cet article a été publié sur", "initialement publié sur"],
  photoCredit: ["photo", "crédit photo", "image", "illustration", "crédit", "photographie"],
  readingTime: ["temps de lecture", "{n} min de lecture", "lecture {n} min", "temps de lecture : {n} minutes"],
  login: ["se connecter", "connexion", "s'identifier", "mon compte", "se déconnecter", "créer un compte"],
} satisfies LanguageLexicon
