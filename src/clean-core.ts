import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {type Input, defaultMaxBytes, toFile} from './input.js'
import {orderMeta} from './frontmatter.js'
import {checkOptions} from './options-check.js'
import {type PipelineOptions, type ScrubdownProcessor, createProcessor} from './pipeline.js'
import {hasHtmlParser, loadHtmlParser} from './parse/html-parser.js'
import {documentFormat} from './parse/index.js'
import type {CleanerPool, PoolDocumentOptions} from './pool.js'
import {startPool} from './threads.js'
import {ScrubdownError} from './errors.js'
import type {CleanResult, Format, Note, Removal, Warning} from './types.js'
import type {RemovalMessage} from './util/report.js'
import {plainText} from './util/tree.js'
import {forgetBlocks} from './article/block-memo.js'

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
  /** Clean one document. Without `threads`, on the calling thread: the stages are synchronous, so the event loop waits for the whole document. */
  clean(input: Input, options?: DocumentOptions): Promise<CleanResult>
  /** Clean one document on the calling thread, always (with `threads` too). */
  cleanSync(input: Input, options?: DocumentOptions): CleanResult
  /**
   * `cleanSync` with the processed VFile beside the result: its messages'
   * `place` spans the input (`String(file.value)`) from start to end, which
   * `result.removed` (a line and column) does not; the HTML audit page strikes
   * those spans.
   */
  cleanSyncWithFile(input: Input, options?: DocumentOptions): {result: CleanResult; file: VFile}
  /** Stop the cleaner's worker threads, if it has any (a cleaner without `threads` has nothing to stop). */
  close(): Promise<void>
  /** The unified processor underneath, for callers who want the tree. */
  readonly processor: ScrubdownProcessor
}

/** Options of `createCleaner`: the cleaner's options, and worker threads for its `clean`. */
export interface CleanerOptions extends CleanOptions {
  /**
   * Clean `clean()`'s documents in this many worker threads, started at once
   * and kept warm, instead of on the calling thread. Every other option must
   * then be plain data, since it crosses to the threads: `stages` and
   * functions are refused with an `EOPTIONS` ScrubdownError.
   */
  threads?: number
  /** With `threads`: stop a document that takes longer than this many milliseconds; its `clean` rejects (default: no limit). */
  timeout?: number
}

/**
 * A cleaner with worker threads (`createCleaner({threads})`): `clean` runs
 * off the calling thread, takes a signal per call, and the cleaner is a
 * pool for `cleanStream({pool})`; `cleanSync` and `cleanSyncWithFile` still
 * run on the calling thread. Close it when done.
 */
export interface ThreadedCleaner extends Cleaner, CleanerPool {
  /** Clean one document in a worker thread; the event loop stays free meanwhile. `signal` abandons it (its thread is replaced if it had started). */
  clean(input: Input, options?: PoolDocumentOptions): Promise<CleanResult>
  /** Stop the threads; later calls to `clean` reject (`cleanSync` still works). */
  close(): Promise<void>
}

/**
 * Build the processor once for many documents: an ingestion job's cleaner.
 * With `threads`, its `clean` runs on that many worker threads, started now
 * and kept warm (see `ThreadedCleaner`): a server's or a queue consumer's
 * cleaner, which must not block its event loop.
 *
 * @example
 * ```ts
 * const cleaner = createCleaner({disable: ['dedupe']})
 * for (const page of pages) {
 *   const {markdown, meta} = cleaner.cleanSync(page.text, {url: page.url})
 * }
 *
 * const threaded = createCleaner({threads: 2, timeout: 30_000})
 * const {markdown} = await threaded.clean(html, {url, signal: AbortSignal.timeout(10_000)})
 * await threaded.close()
 * ```
 */
export function createCleaner(options: CleanerOptions & {threads: number}): ThreadedCleaner
export function createCleaner(options?: CleanerOptions): Cleaner
export function createCleaner(options: CleanerOptions = {}): Cleaner | ThreadedCleaner {
  const {threads, timeout, ...rest} = options
  if (threads !== undefined) return threadedCleaner(createCleaner(rest), startPool({...rest, threads, ...(timeout === undefined ? {} : {timeout})}))
  if (timeout !== undefined) throw new ScrubdownError('EOPTIONS', 'timeout needs threads: only a worker thread can be stopped (createCleaner({threads: 1, timeout}))')
  return inProcess(rest)
}

/** A cleaner on the calling thread. */
function inProcess(options: CleanOptions): Cleaner {
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
    const markdown = processor.stringify(tree, file)
    // The zone search's records of the tree's blocks go with it (src/article/block-memo.ts).
    forgetBlocks()
    return {result: result(file, markdown), file}
  }

  return {
    processor,
    async clean(input, document) {
      const file = prepare(input, document)
      // Loaded by its first HTML document where it was not already (the one-file CLI, see parse/html-parser.ts).
      if (!hasHtmlParser() && documentFormat(String(file.value), file, options.format) === 'html') await loadHtmlParser()
      const tree = await processor.run(processor.parse(file), file)
      warnIfEmpty(tree, file)
      const markdown = processor.stringify(tree, file)
      forgetBlocks()
      return result(file, markdown)
    },
    cleanSync(input, document) {
      return cleanSyncWithFile(input, document).result
    },
    cleanSyncWithFile,
    close: async () => {},
  }
}

/** The in-process cleaner's synchronous calls beside a pool's `clean`. */
function threadedCleaner(here: Cleaner, pool: CleanerPool): ThreadedCleaner {
  const threaded: ThreadedCleaner = Object.assign(pool, {
    cleanSync: here.cleanSync,
    cleanSyncWithFile: here.cleanSyncWithFile,
    processor: here.processor,
  })
  return threaded
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
  let removed = 0
  for (const message of file.messages as RemovalMessage[]) {
    if (message.actual !== undefined && /[\p{L}\p{N}]/u.test(message.actual)) removed += message.blocks ?? 1
  }
  if (removed === 0) return
  file.message(`the output has no text: all ${removed} blocks of text in the input were taken for page chrome (see the removals for each reason)`, {ruleId: 'clean', source: 'scrubdown'})
}

/**
 * A processed file as a result. A removal is any message that names the
 * removed text and nothing in its place, ours or a caller's stage (a run of
 * blocks removed for one reason is one, with their count); of the
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
      const {blocks} = message as RemovalMessage
      removed.push({stage, reason: message.reason, text: message.actual, ...where, ...(blocks === undefined ? {} : {blocks})})
    } else if (message.fatal === false || message.fatal === true) {
      warnings.push({stage, reason: message.reason, ...where})
    } else {
      notes.push({stage, reason: message.reason, ...where})
    }
  }
  return {markdown, meta: orderMeta(file.data.meta ?? {}), removed, warnings, notes}
}
