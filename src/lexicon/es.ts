import type {LanguageLexicon} from './categories.js'

/** Spanish. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['artículos relacionados', 'noticias relacionadas', 'entradas relacionadas', 'publicaciones relacionadas', 'relacionado', 'relacionados', 'te puede interesar', 'también te puede interesar', 'quizás te interese', 'te recomendamos', 'más noticias', 'otros artículos', 'otras noticias'],
  popular: ['lo más leído', 'más leídas', 'más leídos', 'más populares', 'lo más popular', 'populares', 'tendencias', 'lo más visto'],
  recent: ['entradas recientes', 'publicaciones recientes', 'últimas noticias', 'últimos artículos', 'reciente', 'nuevo', 'lo último', 'lo más reciente'],
  newsletter: ['suscríbete a nuestro boletín', 'suscríbete a nuestra newsletter', 'suscríbete a la newsletter', 'recibe nuestro boletín', 'boletín', 'newsletter', 'suscríbete', 'suscribirse', 'apúntate', 'introduce tu correo electrónico', 'tu correo electrónico'],
  share: ['compartir', 'comparte', 'compartir en facebook', 'compartir en twitter', 'compartir en whatsapp', 'compartir en linkedin', 'compartir este artículo', 'enviar por correo', 'copiar enlace', 'compartir en x', 'síguenos', 'síguenos en'],
  postedIn: ['publicado en', 'archivado en', 'categoría', 'categorías', 'etiquetas', 'temas', 'tags'],
  readMore: ['leer más', 'lea más', 'lee más', 'ver más', 'lea además', 'mira también', 'lee también', 'lea también', 'lea aquí', 'lea:', 'mira:', 'leer también', 'seguir leyendo', 'sigue leyendo', 'seguí leyendo', 'continuar leyendo', 'ver también', 'artículo anterior', 'artículo siguiente', 'entrada anterior', 'entrada siguiente'],
  comments: ['comentarios', 'deja un comentario', 'dejar un comentario', 'deja una respuesta', 'responder', '{n} comentarios', '{n} comentario', 'sin comentarios', 'comentar', 'tu dirección de correo electrónico no será publicada', 'los campos obligatorios están marcados con', 'cancelar respuesta', 'este sitio usa akismet', 'guarda mi nombre, correo electrónico', 'recibir un correo electrónico con los siguientes comentarios', 'notificarme los nuevos comentarios', 'notificarme los nuevos artículos'],
  commentsOn: ['{n} comentarios en', 'un comentario en', '{n} respuestas a', 'una respuesta a', '{n} pensamientos sobre', 'un pensamiento sobre', '{n} comentarios sobre'],
  authorBox: ['sobre el autor', 'sobre la autora', 'acerca del autor', 'acerca de la autora', 'sobre', 'acerca de …'],
  cookie: ['este sitio web utiliza cookies', 'utilizamos cookies', 'usamos cookies', 'configuración de cookies', 'política de cookies', 'aceptar todo', 'aceptar todas', 'rechazar todo', 'aceptar cookies', 'política de privacidad', 'aviso legal', 'términos y condiciones'],
  copyright: ['todos los derechos reservados', 'derechos de autor'],
  advertisement: ['continúa leyendo después del anuncio', 'sigue leyendo después de la publicidad', 'la noticia continúa tras la publicidad', 'continúa después de la publicidad', 'el artículo continúa después de la publicidad', 'sigue leyendo después del anuncio', 'publicidad', 'patrocinado', 'contenido patrocinado', 'anuncio', 'contenido de marca', 'espacio publicitario'],
  breadcrumbHome: ['inicio', 'portada', 'home', 'página principal', 'saltar al contenido', 'saltar al contenido principal', 'ir al contenido'],
  authorLabel: ['por', 'autor', 'autora', 'escrito por', 'redacción'],
  sourceLabel: ['publicado originalmente en', 'apareció originalmente en', 'este artículo se publicó en', 'fuente'],
  photoCredit: ['foto', 'foto de', 'fotografía', 'imagen', 'ilustración', 'crédito'],
  readingTime: ['tiempo de lectura', '{n} min de lectura', '{n} minutos de lectura', 'lectura de {n} minutos'],
  login: ['iniciar sesión', 'acceder', 'entrar', 'registrarse', 'mi cuenta', 'cerrar sesión', 'crear cuenta', 'crear nueva cuenta', 'solicitar una nueva contraseña', 'este contenido es exclusivo para suscriptores', 'contenido exclusivo para suscriptores', 'ya soy suscriptor', 'suscríbete para seguir leyendo', 'hazte suscriptor'],
} satisfies LanguageLexicon
