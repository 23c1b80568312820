import type {parseHtml} from './html.js'

/**
 * The HTML parser, as its module (html.ts) registers itself when loaded.
 * The parser plugin reaches it through here, so a run that parses no HTML
 * (the CLI on a text dump) need not load htmlparser2, cheerio, the DOM
 * passes and hast-util-to-mdast (about 40 ms of a one-file run's start).
 * Every entry point that may parse HTML synchronously (the library's index,
 * clean.ts, the batch workers) imports html.ts; src/clean-core.ts, which the
 * CLI loads, loads it with `loadHtmlParser` when a document is HTML.
 */
let parser: typeof parseHtml | undefined

export function setHtmlParser(parse: typeof parseHtml): void {
  parser = parse
}

export function htmlParser(): typeof parseHtml {
  if (!parser) throw new Error('scrubdown: the HTML parser is not loaded (import scrubdown, or await loadHtmlParser() first)')
  return parser
}

export function hasHtmlParser(): boolean {
  return parser !== undefined
}

export async function loadHtmlParser(): Promise<void> {
  if (!parser) await import('./html.js')
}
