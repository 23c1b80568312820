import type {LanguageLexicon} from './categories.js'

/** Portuguese. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['artigos relacionados', 'notícias relacionadas', 'posts relacionados', 'publicações relacionadas', 'relacionados', 'você também pode gostar', 'você pode gostar também', 'recomendado para você', 'mais notícias', 'outros artigos', 'outras notícias'],
  popular: ['mais lidas', 'mais lidos', 'mais populares', 'populares', 'em alta', 'mais vistos', 'mais acessadas'],
  recent: ['posts recentes', 'publicações recentes', 'notícias recentes', 'últimas notícias', 'últimos artigos', 'recentes', 'novo', 'mais recentes'],
  newsletter: ['assine nossa newsletter', 'assine a newsletter', 'inscreva-se na nossa newsletter', 'inscreva-se na newsletter', 'receba nossa newsletter', 'receba as novidades', 'newsletter', 'assine', 'inscreva-se', 'cadastre-se', 'digite seu e-mail'],
  share: ['compartilhar', 'compartilhe', 'compartilhar no facebook', 'compartilhar no twitter', 'compartilhar no whatsapp', 'compartilhar no linkedin', 'compartilhar por e-mail', 'partilhar', 'copiar link', 'compartilhar no x', 'siga-nos', 'siga-nos no', 'siga-nos nas redes sociais'],
  postedIn: ['publicado em', 'arquivado em', 'categoria', 'categorias', 'tags', 'etiquetas', 'temas'],
  readMore: ['leia mais', 'leia também', 'veja também', 'veja mais', 'continue lendo', 'continuar lendo', 'ver mais', 'saiba mais', 'ler mais', 'artigo anterior', 'próximo artigo'],
  comments: ['comentários', 'deixe um comentário', 'deixe seu comentário', 'deixe uma resposta', 'responder', '{n} comentários', '{n} comentário', 'sem comentários', 'comentar', 'o seu endereço de email não será publicado', 'o seu endereço de e-mail não será', 'campos obrigatórios são marcados com', 'cancelar resposta', 'este site utiliza o akismet', 'este site usa o akismet', 'guardar o meu nome, e-mail', 'salvar meus dados neste navegador', 'notifique-me sobre novos comentários', 'notifique-me sobre novas publicações'],
  commentsOn: ['{n} comentários em', 'um comentário em', '{n} respostas para', 'uma resposta para', '{n} respostas a', '{n} pensamentos sobre'],
  authorBox: ['sobre o autor', 'sobre a autora', 'sobre …'],
  cookie: ['este site utiliza cookies', 'este site usa cookies', 'usamos cookies', 'configurações de cookies', 'política de cookies', 'aceitar todos', 'rejeitar todos', 'aceitar cookies', 'política de privacidade', 'termos de uso', 'termos e condições'],
  copyright: ['todos os direitos reservados', 'direitos autorais'],
  advertisement: ['continua depois da publicidade', 'o texto continua após a publicidade', 'continue lendo após a publicidade', 'publicidade', 'continua após a publicidade', 'patrocinado', 'conteúdo patrocinado', 'conteúdo de marca', 'publieditorial', 'anúncio'],
  breadcrumbHome: ['início', 'página inicial', 'home', 'página principal', 'pular para o conteúdo', 'ir para o conteúdo', 'saltar para o conteúdo'],
  authorLabel: ['por', 'autor', 'autora', 'escrito por'],
  sourceLabel: ['publicado originalmente em', 'originalmente publicado em', 'este artigo foi publicado originalmente em', 'com informações de', 'fonte'],
  photoCredit: ['foto', 'fotografia', 'imagem', 'imagem ilustrativa', 'ilustração', 'crédito'],
  readingTime: ['tempo de leitura', '{n} min de leitura', '{n} minutos de leitura', 'leitura de {n} minutos'],
  login: ['entrar', 'fazer login', 'cadastrar', 'minha conta', 'sair', 'criar conta'],
} satisfies LanguageLexicon
