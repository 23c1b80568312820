import type {LanguageLexicon} from './categories.js'

/** Portuguese. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["artigos relacionados", "notícias relacionadas", "relacionados", "veja também", "você também pode gostar", "leia também estas", "mais notícias", "posts relacionados"],
  popular: ["mais lidas", "mais lidos", "populares", "mais populares", "em alta", "mais vistos"],
  recent: ["posts recentes", "últimas notícias", "últimos artigos", "recentes", "novo", "mais recentes"],
  newsletter: ["assine nossa newsletter", "inscreva-se na nossa newsletter", "receba nossa newsletter", "newsletter", "assine", "inscreva-se", "digite seu e-mail", "cadastre-se"],
  share: ["compartilhar", "compartilhe", "compartilhar no facebook", "compartilhar no twitter", "compartilhar no whatsapp", "partilhar", "copiar link"],
  postedIn: ["publicado em", "categoria", "categorias", "tags", "etiquetas", "arquivado em", "temas"],
  readMore: ["leia mais", "leia também", "continue lendo", "ver mais", "saiba mais", "ler mais"],
  comments: ["comentários", "deixe um comentário", "deixe uma resposta", "{n} comentários", "sem comentários", "comentar"],
  cookie: ["este site utiliza cookies", "usamos cookies", "configurações de cookies", "política de cookies", "aceitar todos", "aceitar cookies", "política de privacidade", "termos de uso"],
  copyright: ["todos os direitos reservados", "direitos autorais"],
  advertisement: ["publicidade", "patrocinado", "conteúdo patrocinado", "anúncio", "conteúdo de marca"],
  breadcrumbHome: ["início", "página inicial", "home"],
  authorLabel: ["por", "autor", "autora", "escrito por"],
  sourceLabel: ["publicado originalmente em", "originalmente publicado em", "fonte", "este artigo foi publicado originalmente em"],
  photoCredit: ["foto", "fotografia", "imagem", "ilustração", "crédito"],
  readingTime: ["tempo de leitura", "{n} min de leitura", "leitura de {n} minutos", "{n} minutos de leitura"],
  login: ["entrar", "fazer login", "cadastrar", "minha conta", "sair", "criar conta"],
} satisfies LanguageLexicon
