/**
 * What marks an HTML element as page chrome, as data (the lexicon's spirit
 * for markup): element names, ARIA roles, and the words that sites put in
 * `class` and `id`. A pull request that teaches scrubdown a new theme's
 * chrome touches this file only.
 *
 * Class and id values are split into words at `-`, `_`, spaces and camelCase
 * (`relatedPosts` → `related`, `posts`) before they are matched.
 */

/**
 * Elements that never hold article text: scripts, styles, embeds, form
 * controls, and ruby annotations (furigana, pinyin): a reading aid printed
 * above the word, which in plain text glues the reading to it (試行しこう).
 */
export const neverContentTags: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video',
  'source', 'track', 'map', 'input', 'select', 'option', 'optgroup', 'textarea', 'button', 'datalist', 'output',
  'progress', 'meter', 'link', 'meta', 'base', 'head', 'title', 'dialog', 'rt', 'rp', 'rtc',
]

/**
 * Elements that are chrome wherever they stand. Captions are furniture
 * around the running text, as photo credits are: not the article's words.
 */
export const chromeTags: readonly string[] = ['nav', 'aside', 'menu', 'figcaption']

/** Elements that are chrome outside an article (the site's header and footer), not inside one (the article's own). */
export const chromeTagsOutsideArticle: readonly string[] = ['header', 'footer']

/** ARIA landmark roles of chrome. */
export const chromeRoles: readonly string[] = [
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'tooltip',
]

/** Class or id words that name chrome, matched as whole words. */
export const chromeWords: readonly string[] = [
  // navigation
  'nav', 'navbar', 'navigation', 'subnav', 'menu', 'menubar', 'submenu', 'breadcrumb', 'breadcrumbs', 'crumbs',
  'pagination', 'pager', 'skip', 'jump', 'toolbar', 'toc',
  // sharing and social
  'share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'sociallinks', 'sharedaddy', 'addthis', 'addtoany',
  'follow',
  // other pages
  'related', 'relatedposts', 'recommended', 'recommendations', 'recirc', 'recirculation', 'trending', 'popular',
  'mostread', 'most-read', 'morestories', 'outbrain', 'taboola', 'teaser', 'teasers',
  // readers
  'comment', 'comments', 'disqus', 'replies', 'respond', 'responses', 'vote', 'votes', 'clap', 'claps', 'reactions',
  // consent, sign-up, paywall
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup',
  'paywall', 'regwall', 'login', 'signin', 'register', 'donate', 'cta',
  // page furniture
  'sidebar', 'sidebars', 'widget', 'widgets', 'rail', 'masthead', 'popup', 'modal', 'lightbox', 'overlay', 'banner',
  'tooltip', 'print', 'rss', 'caption', 'captions', 'credit', 'credits',
  // the topic label over a headline ("Verkehr", "Politik"): a section's name, not the article's words
  'kicker', 'eyebrow', 'overline', 'dachzeile',
  // advertising
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adsbygoogle', 'adslot', 'adunit',
  'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promoted', 'promotion', 'affiliate',
]

/**
 * Chrome words that name a box of other pages: it links to them. A box so named that holds no link of its own
 * (`div.teaser-text` under a headline, a `<p>` of prose, links only inside its sentences) is the page's own lead,
 * not another page's teaser.
 */
export const linkingChromeWords: readonly string[] = ['teaser', 'teasers']

/**
 * Chrome words that name a table of contents: a site's menu of other pages, or the article's own outline. A box so
 * named whose links all lead to headings of the page itself (`#history`, isPageOutline) is the outline, the article's text as its
 * headings are; Readability keeps it, and so do readers.
 */
export const outlineChromeWords: readonly string[] = ['toc']

/** Chrome words that name a caption: furniture beside the running text, unless the captions are the text. */
export const captionWords: readonly string[] = ['caption', 'captions']

/**
 * Chrome words that name a function, not a place: a print button or a feed link, which hold a word or two;
 * the same word names the wrapper of what is printed or fed (`print-this-content`, Blogger's `rss:item`),
 * which holds the article's prose. Chrome only when the element holds little prose.
 */
export const utilityChromeWords: readonly string[] = ['print', 'rss']

/**
 * Chrome words that sites give the article's own boxes too: the wrapper of a paywalled article's locked text
 * (`paywall-wrapper`), a page builder's text widget (`widget text-widget`). Inside the article, a box so named
 * that holds a paragraph of prose is the article's; the paywall's prompt and a sidebar's widget hold no prose
 * there. Not `comment`: a recipe's or a post's reader comments stand inside its `<article>` as often as a live
 * ticker's entries, and hold prose as well; a comment is a reader's when it is signed (`readerCommentWords`).
 */
export const contentBoxChromeWords: readonly string[] = ['paywall', 'widget']

/**
 * Class or id words inside a reader's comment that sign it: who wrote it (`comment-author vcard`, `b.fn`, `img.avatar`),
 * the button to answer. A box named `comment` inside the article without them is no reader's: a live ticker's entry
 * (`div.comment` under the match's minute), whose words are the article's.
 */
export const readerCommentWords: readonly string[] = [
  'author', 'user', 'username', 'commenter', 'avatar', 'vcard', 'fn', 'nick', 'nickname', 'poster', 'says', 'reply',
]

/**
 * Chrome words that themes glue to a structural word without a separator
 * (`commentlist`, `commentbody`, `commentsblock`): the word, then one of these.
 * `commentary` (an opinion piece) is not one.
 */
export const chromeCompounds = {
  heads: ['comment', 'comments'],
  tails: ['list', 'body', 'block', 'box', 'area', 'form', 'section', 'thread', 'wrap', 'wrapper', 'container', 'content', 'post', 'posts', 'text', 'meta', 'author', 'links'],
} as const

/**
 * The box about the article's author (`author-box`, `about_author`, `authorinfo`, `contributor-bio`): who
 * wrote it, not what they wrote. A person word with a box word, or one of the `single` words; a person word
 * alone is a byline's (`span.author`), or a taxonomy class naming the author (`entry-author-jane`).
 */
export const authorBoxWords = {
  people: ['author', 'authors', 'contributor', 'contributors', 'writer', 'autor', 'autorin', 'auteur', 'autore'],
  boxes: ['bio', 'box', 'info', 'profile', 'details', 'about', 'description', 'card', 'biography'],
  single: ['bio', 'bios', 'biography'],
} as const

/**
 * Class or id words of the article's own furniture: the byline and the
 * dateline. Their facts come from the page's metadata; the lines go.
 */
export const bylineWords: readonly string[] = ['byline', 'bylines', 'dateline', 'signature', 'meta', 'postmeta', 'timestamp']

/** Class or id words that name quoted content (an embedded post), which no chrome word overrules: `social-media-embed`. */
export const contentWords: readonly string[] = ['embed', 'embedded', 'tweet', 'quote', 'blockquote']

/** Class or id words that are chrome outside an article only (the site's header and footer, its legal lines). */
export const chromeWordsOutsideArticle: readonly string[] = ['header', 'footer', 'topbar', 'colophon', 'copyright']

/** Whole class names that hide an element from sighted readers (screen-reader text, utility classes). */
export const hiddenClasses: readonly string[] = [
  'hidden', 'hide', 'd-none', 'is-hidden', 'u-hidden', 'visually-hidden', 'visuallyhidden', 'sr-only', 'sr-text',
  'screen-reader-text', 'screen-reader-only', 'screenreader', 'offscreen', 'element-invisible', 'a11y-hidden',
]

/**
 * Class names that carry a taxonomy term or a state rather than a role:
 * WordPress writes `tag-social`, `category-ads` on the article itself (TypePad
 * `entry-category-advertising`), themes write `has-sidebar` on the page
 * wrapper; neither makes the element chrome. `author-box` is no author's name but the box about them.
 */
export const taxonomyClass =
  /^(?:tag|tags|category|categories|cat|postid|format|status|type|has|no|with|without)[-_]|^author[-_](?!(?:bio|box|info|profile|details|about|description|card|biography)(?:$|[-_]))|[-_](?:tag|tags|category|categories)[-_]/i
