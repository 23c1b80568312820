import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {type Input, defaultMaxBytes, toFile} from './input.js'
import {orderMeta} from './frontmatter.js'
import {checkOptions} from './options-check.js'
import {type PipelineOptions, type ScrubdownProcessor, createProcessor} from './pipeline.js'
import type {CleanResult, Format, Note, Removal, Warning} from './types.js'
import {plainText} from './util/tree.js'

/** Options for one document. */
export interface DocumentOptions {
  /** The page's URL, written to `meta.url`. */
  url?: string
  /** The language the caller expects; it breaks ties between close languages. */
  lang?: string
  /** This document's format, over the cleaner's. */
  format?: Format
  /**
   * The encoding of a Buffer input, when the caller knows it (an HTTP
   * `Content-Type` charset). Without it, HTML is read by its BOM or its
   * `<meta charset>`, and everything else as strict UTF-8.
   */
  encoding?: string
}

export interface CleanOptions extends PipelineOptions, Omit<DocumentOptions, 'format'> {
  /** Largest input accepted, in bytes (or characters for a string). Default 20 MB. */
  maxBytes?: number
  /**
   * How the article's run of blocks is scored: `'fitted'` (default), the
   * hand-weighed line scores plus the model `npm run fit` learned from
   * dev-eval's gold (src/article/), or `'rules'`, the hand-weighed scores
   * alone. The README's Quality section gives both one's figures.
   */
  articleFinder?: 'rules' | 'fitted'
}

/** A processor built once, to clean many documents with the same options. */
export interface Cleaner {
  clean(input: Input, options?: DocumentOptions): Promise<CleanResult>
  cleanSync(input: Input, options?: DocumentOptions): CleanResult
  /**
   * `cleanSync` with the processed VFile beside the result: its messages'
   * `place` spans the input (`String(file.value)`) from start to end, which
   * `result.removed` (a line and column) does not; the HTML audit page strikes
   * those spans.
   */
  cleanSyncWithFile(input: Input, options?: DocumentOptions): {result: CleanResult; file: VFile}
  /** The unified processor underneath, for callers who want the tree. */
  readonly processor: ScrubdownProcessor
}

/**
 * Build the processor once for many documents: an ingestion job's cleaner.
 *
 * @example
 * ```ts
 * const cleaner = createCleaner({disable: ['dedupe']})
 * for (const page of pages) {
 *   const {markdown, meta} = cleaner.cleanSync(page.text, {url: page.url})
 * }
 * ```
 */
export function createCleaner(options: CleanOptions = {}): Cleaner {
  checkOptions(options)
  const processor = createProcessor(options)
  const maxBytes = options.maxBytes ?? defaultMaxBytes

  function prepare(input: Input, document: DocumentOptions = {}): VFile {
    if (document.format !== undefined || document.lang !== undefined) checkOptions({format: document.format, lang: document.lang})
    const format = document.format ?? options.format
    const encoding = document.encoding ?? options.encoding
    const file = toFile(input, maxBytes, {...(format ? {format} : {}), ...(encoding ? {encoding} : {})})
    const url = document.url ?? options.url
    file.data.meta = url ? {url} : {}
    file.data.hints = {}
    const lang = document.lang ?? options.lang
    if (lang) file.data.hints.lang = lang
    if (options.articleFinder !== 'rules') file.data.hints.fittedFinder = true
    if (document.format) file.data.hints.format = document.format
    return file
  }

  // A plain function, not a method using `this`: callers may take it off the cleaner.
  function cleanSyncWithFile(input: Input, document?: DocumentOptions): {result: CleanResult; file: VFile} {
    const file = prepare(input, document)
    const tree = processor.runSync(processor.parse(file), file)
    warnIfEmpty(tree, file)
    return {result: result(file, processor.stringify(tree, file)), file}
  }

  return {
    processor,
    async clean(input, document) {
      const file = prepare(input, document)
      const tree = await processor.run(processor.parse(file), file)
      warnIfEmpty(tree, file)
      return result(file, processor.stringify(tree, file))
    },
    cleanSync(input, document) {
      return cleanSyncWithFile(input, document).result
    },
    cleanSyncWithFile,
  }
}

/**
 * Clean one document: a text dump, HTML or Markdown in; Markdown with YAML
 * front matter, the metadata, and the audit trail of removals out.
 *
 * @example
 * ```ts
 * import {clean} from 'scrubdown'
 * const {markdown, meta, removed} = await clean(dump, {url: 'https://example.com/a'})
 * console.log(meta.title, meta.lang, removed.length)
 * ```
 */
export async function clean(input: Input, options: CleanOptions = {}): Promise<CleanResult> {
  return createCleaner(options).clean(input)
}

/**
 * `clean` without the promise, for synchronous callers; every default stage is synchronous.
 *
 * @example
 * ```ts
 * const {markdown} = cleanSync('Home › News\nTitle\n\nBody text …')
 * ```
 */
export function cleanSync(input: Input, options: CleanOptions = {}): CleanResult {
  return createCleaner(options).cleanSync(input)
}

/**
 * An output without a word of text from an input with text is never silent:
 * a warning says so and where to look (the removals say what went and why).
 */
function warnIfEmpty(tree: Root, file: VFile): void {
  if (tree.children.some((node) => node.type !== 'yaml' && /[\p{L}\p{N}]/u.test(plainText(node)))) return
  const removed = file.messages.filter((message) => message.actual !== undefined && /[\p{L}\p{N}]/u.test(message.actual)).length
  if (removed === 0) return
  file.message(`the output has no text: all ${removed} blocks of text in the input were taken for page chrome (see the removals for each reason)`, {ruleId: 'clean', source: 'scrubdown'})
}

/**
 * A processed file as a result. A removal is any message that names the
 * removed text and nothing in its place, ours or a caller's stage; of the
 * other messages, warnings (`file.message`: something deserves a look) and
 * notes (`file.info`: how the page was read, such as the main content
 * chosen) are kept apart.
 */
export function result(file: VFile, markdown: string): CleanResult {
  const removed: Removal[] = []
  const warnings: Warning[] = []
  const notes: Note[] = []
  for (const message of file.messages) {
    const where = message.line === undefined ? {} : {line: message.line, column: message.column ?? 1}
    const stage = message.ruleId ?? message.source ?? 'unknown'
    if (message.actual !== undefined && message.expected?.length === 0) {
      removed.push({stage, reason: message.reason, text: message.actual, ...where})
    } else if (message.fatal === false || message.fatal === true) {
      warnings.push({stage, reason: message.reason, ...where})
    } else {
      notes.push({stage, reason: message.reason, ...where})
    }
  }
  return {markdown, meta: orderMeta(file.data.meta ?? {}), removed, warnings, notes}
}
