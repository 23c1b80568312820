import type {LanguageLexicon} from './categories.js'

/** Spanish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["artículos relacionados", "noticias relacionadas", "relacionado", "te puede interesar", "también te puede interesar", "más noticias", "entradas relacionadas", "otros artículos"],
  popular: ["lo más leído", "más leídas", "más populares", "populares", "tendencias", "lo más visto"],
  recent: ["entradas recientes", "últimas noticias", "últimos artículos", "reciente", "nuevo", "lo último"],
  newsletter: ["suscríbete a nuestro boletín", "suscríbete a nuestra newsletter", "recibe nuestro boletín", "boletín", "newsletter", "suscríbete", "suscribirse", "introduce tu correo electrónico", "apúntate"],
  share: ["compartir", "compartir en facebook", "compartir en twitter", "compartir en whatsapp", "compartir este artículo", "copiar enlace", "enviar por correo"],
  postedIn: ["publicado en", "categoría", "categorías", "etiquetas", "temas", "archivado en"],
  readMore: ["leer más", "lee también", "seguir leyendo", "ver también", "leer también", "sigue leyendo"],
  comments: ["comentarios", "deja un comentario", "dejar un comentario", "{n} comentarios", "sin comentarios", "comentar"],
  cookie: ["este sitio web utiliza cookies", "utilizamos cookies", "configuración de cookies", "política de cookies", "aceptar todo", "aceptar cookies", "política de privacidad", "aviso legal"],
  copyright: ["todos los derechos reservados", "derechos de autor"],
  advertisement: ["publicidad", "patrocinado", "contenido patrocinado", "anuncio", "contenido de marca"],
  breadcrumbHome: ["inicio", "portada", "home"],
  authorLabel: ["por", "autor", "autora", "escrito por", "redacción"],
  sourceLabel: ["publicado originalmente en", "apareció originalmente en", "fuente", "este artículo se publicó en"],
  photoCredit: ["foto", "fotografía", "imagen", "ilustración", "crédito"],
  readingTime: ["tiempo de lectura", "{n} min de lectura", "lectura de {n} minutos", "{n} minutos de lectura"],
  login: ["iniciar sesión", "acceder", "registrarse", "mi cuenta", "cerrar sesión", "crear cuenta", "entrar"],
} satisfies LanguageLexicon
