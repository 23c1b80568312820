import type {Root} from 'mdast'
import type {Plugin} from 'unified'

/**
 * What scrubdown knows about a document. Every key is optional and omitted
 * when unknown (never `null`); the front matter lists them in this order.
 */
export interface Meta {
  title?: string
  author?: string
  /** ISO 8601 date (`2025-01-28`) or date-time, when the page says it. */
  date?: string
  /** ISO 639-1 where one exists, else ISO 639-3; `und` when undetermined. */
  lang?: string
  site?: string
  /** Where the article first appeared ("Verscheen eerder op: …"). */
  source?: string
  url?: string
  description?: string
  categories?: string[]
  tags?: string[]
}

/** The front matter keys, in the order they are written. */
export const metaKeys = [
  'title',
  'author',
  'date',
  'lang',
  'site',
  'source',
  'url',
  'description',
  'categories',
  'tags',
] as const satisfies ReadonlyArray<keyof Meta>

export interface Hints {
  /** A language given by the caller or declared by the page (`<html lang>`). */
  lang?: string
  /** The input format for this document, when the caller names it. */
  format?: Format
  /**
   * The input line of a title found with confidence (named by the URL or the
   * page's metadata): the article starts after it, so a news ticker above
   * the headline cannot pass for the article.
   */
  titleLine?: number
  /**
   * The input line of the title the title stage took, however it found it:
   * the first paragraph left under it is the lead (see `findZones`).
   */
  headlineLine?: number
  /**
   * The input line of the headline the title was taken from, where the rules'
   * anchor (`headlineLine`) may be another line: the paragraphs right under it
   * open the article (see the zones' lead).
   */
  takenTitleLine?: number
  /**
   * The input line of the first paragraph under a headline the page signs
   * (a byline or dateline right under it, see the title stage): the article
   * starts there, whatever scores more further down (a comments list).
   */
  openingLine?: number
  /**
   * The input line of the author's bio that closes the article, found inside
   * what reads as prose (a feed of teasers may follow it): the article ends
   * above it.
   */
  articleEndLine?: number
  /**
   * The input line of the last paragraph of the author's box that opens
   * what reads as the article (a blog's "Jane Doe is a senior editor …" over
   * its share bar and the post): the article starts below it.
   */
  articleStartLine?: number
  /**
   * The input was markup (HTML, or Markdown such as scrubdown's own output):
   * the HTML parser already cut the page down to its main content, and a
   * Markdown document is its content, so the zones around the core are not a
   * site's header and footer (`boilerplate` removes only what the lexicon
   * names there); headings and paragraphs are the document's own
   * (`structure` leaves them as they are).
   */
  markup?: boolean
  /**
   * The input line of the standfirst under the headline (byline stage): it
   * is the description and the article's lead, so the core takes it in.
   */
  standfirstLine?: number
  /**
   * A Markdown input opened with a front matter block: its metadata is
   * declared (scrubdown's own output, a CMS export), so no body line is
   * promoted to a title it does not give (cleaning an output again changes nothing).
   */
  frontMatter?: boolean
  /**
   * The input line of the headline a breadcrumb trail ends with ("Home / X"
   * over "X"), found by the breadcrumbs stage: the page's own headline, which
   * the title stage takes when the metadata name none.
   */
  trailTitleLine?: number
  /** Use the fitted article finder (src/article/) for the zones; see `CleanOptions.articleFinder`. */
  fittedFinder?: boolean
  /**
   * The title stage has looked for the headline (found or not). The fitted
   * finder learned its weights on pages read so; before that, or with the
   * title stage off, the zones are the rules'.
   */
  titleSought?: boolean
}

/**
 * One removal from the audit trail: which stage, why, what, and where in the
 * input. Blocks removed one after another by one stage for one reason (the
 * items of a footer menu) are one removal, with `blocks` set.
 */
export interface Removal {
  /** The stage that removed it (its ruleId), e.g. `boilerplate`. */
  stage: string
  /** Why, in words a person understands. */
  reason: string
  /** The removed text; for a run of blocks, their texts one per line. */
  text: string
  /** 1-based line and column of the removed text in the input (a run's first block), when known. */
  line?: number
  column?: number
  /** How many consecutive blocks this removal stands for, when more than one. */
  blocks?: number
}

/** A non-fatal problem: the document was cleaned, but something deserves a look. */
export interface Warning {
  stage: string
  reason: string
  line?: number
  column?: number
}

/** How the document was read, for the curious (an HTML page's main content and its runner-up): nothing to act on. */
export type Note = Warning

export interface CleanResult {
  /** Markdown with YAML front matter. */
  markdown: string
  meta: Meta
  removed: Removal[]
  /** What deserves a look: the language undetermined, an undeclared charset, an output without text. */
  warnings: Warning[]
  /** How the document was read (vfile `info` messages): the main content chosen, a second reading. */
  notes: Note[]
}

export type Format = 'auto' | 'text' | 'html' | 'markdown'

/** A stage in the pipeline: a name (its ruleId) and a unified plugin with its options. */
export interface StageSpec {
  name: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each stage has its own options type
  plugin: Plugin<any[], Root>
  options?: unknown
}

declare module 'vfile' {
  interface DataMap {
    /** The document's metadata, filled by the parser and the stages. */
    meta: Meta
    /** Hints for the stages (language declared by the caller or the page). */
    hints: Hints
  }
}

export type {Root}
