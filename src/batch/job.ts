import {firstInvalidUtf8} from '../input.js'
import {auditPageOf} from '../report-html/index.js'
import type {Format, Removal, Warning} from '../types.js'
import {type WorkerOptions, cleanerFor} from './cleaners.js'
import type {StartClock} from './deadline.js'
import {type InputRecord, type RecordKeys, isBadLine, parseRecord, withId} from './record.js'
import {type Shard, inShard} from './shard.js'

/**
 * One document of a CLI batch, done whole in a worker thread: for a JSON
 * Lines record, parsing the line, the shard test, cleaning and the result
 * line; for a file, cleaning and the output text. The main thread only
 * moves strings and bytes, so it stays light (memory) and quick (it does not
 * hold the workers back).
 */
export interface BatchTask {
  /** A file's bytes, or one line of JSON Lines (UTF-8 bytes, so the main thread never holds it as a string). */
  input: Uint8Array
  /** Set for JSON Lines: the input is the record on this line (1-based). */
  line?: number
  /** For JSON Lines: records of other shards come back as `other-shard`. */
  shard?: Shard
  /** `markdown` (a .md file), `json` (a .json file) or `jsonl` (a result line). */
  output: 'markdown' | 'json' | 'jsonl'
  /** Add the removals to `json` and `jsonl` output. */
  report: boolean
  url?: string
  lang?: string
  /** For JSON Lines: the fields holding the id and the document (`--id-key`, `--text-key`). */
  keys?: RecordKeys
  /** For JSON Lines: add `body`, the Markdown without its front matter (`--body`). */
  body?: boolean
  /** A file's format when its name declares one (`page.html`), over the options' `auto`. */
  format?: Format
  options: WorkerOptions
  /** Set by a runner with a timeout: where the worker notes when it starts (see deadline.ts). */
  clock?: StartClock
  /** `--report-html`: render the document's audit page here, in the thread that has the input and the messages. */
  auditPage?: boolean
  /** The name the page gives a file (its relative path); a record is named by its id. */
  name?: string
}

export type BatchResult =
  | {kind: 'other-shard'}
  | {kind: 'cleaned'; id?: string; bytes: Uint8Array; lang: string; removals: Record<string, number>; warnings: Record<string, number>; audit?: {removed: Removal[]; warnings: Warning[]}; page?: AuditPageResult}
  | {kind: 'failed'; id?: string; idJson?: string; error: string}

/** A document's audit page (`--report-html`), and what the batch's index says of it. */
export interface AuditPageResult {
  html: Uint8Array
  title?: string
}

const decoder = new TextDecoder()
const encoder = new TextEncoder()

/** Do one batch document; never throws, so a bad document is a result, not a crash of the pool. */
export function runBatchTask(task: BatchTask): BatchResult {
  let id: string | undefined
  let idJson: string | undefined
  try {
    let input: Uint8Array | string = task.input
    const document: {url?: string; lang?: string; format?: Format} = {}
    if (task.url) document.url = task.url
    if (task.lang) document.lang = task.lang
    if (task.format) document.format = task.format
    let record: InputRecord | undefined
    if (task.line !== undefined) {
      const raw = decoder.decode(task.input)
      const parsed = parseRecord(raw, task.line, task.keys)
      if (!inShard(parsed.id, task.shard)) return {kind: 'other-shard'}
      id = parsed.id
      if (isBadLine(parsed)) return {kind: 'failed', id, ...(parsed.idJson === undefined ? {} : {idJson: parsed.idJson}), error: parsed.error}
      // Bytes that are not UTF-8 came out as U+FFFD: refused, as for a file, never replaced without a word.
      const bad = raw.includes('\uFFFD') ? firstInvalidUtf8(task.input) : undefined
      if (bad !== undefined) return {kind: 'failed', id, idJson: parsed.idJson, error: `the record is not valid UTF-8 (bad byte 0x${task.input[bad]!.toString(16).padStart(2, '0')} at offset ${bad} of its line)`}
      record = parsed
      idJson = record.idJson
      input = record.html ?? record.text!
      if (record.html !== undefined) document.format = 'html'
      if (record.url) document.url = record.url
    }
    const {result: cleaned, file} = cleanerFor(task.options).cleanSyncWithFile(input, document)
    const {meta, markdown, removed} = cleaned
    const warnings = record ? [...recordWarnings(record), ...cleaned.warnings] : cleaned.warnings
    const page = task.auditPage ? auditPageOf(file, {...cleaned, warnings}, task.name ?? id ?? 'document') : undefined
    const removals: Record<string, number> = {}
    for (const removal of removed) removals[removal.stage] = (removals[removal.stage] ?? 0) + 1
    const warned: Record<string, number> = {}
    for (const warning of warnings) warned[warning.stage] = (warned[warning.stage] ?? 0) + 1
    // The audit travels with the result: removals with --report, warnings whenever there are any.
    const audit = {...(task.report ? {removed} : {}), ...(warnings.length > 0 ? {warnings} : {})}
    const text =
      task.output === 'markdown'
        ? markdown
        : task.output === 'json'
          ? `${JSON.stringify({meta, markdown, ...audit}, null, 2)}\n`
          : `${withId(record!.idJson, {...passedThrough(record!), meta, markdown, ...(task.body ? {body: bodyOf(markdown)} : {}), ...audit})}\n`
    const result: BatchResult = {kind: 'cleaned', ...(id === undefined ? {} : {id}), bytes: encoder.encode(text), lang: meta.lang ?? 'und', removals, warnings: warned}
    if (page !== undefined) result.page = {html: encoder.encode(page), ...(meta.title === undefined ? {} : {title: meta.title})}
    // A .md file has no room for the audit: it goes back to be written to the report file (--report) or named on standard error (warnings).
    if (task.output === 'markdown' && (task.report || warnings.length > 0)) result.audit = {removed: task.report ? removed : [], warnings}
    return result
  } catch (error) {
    return {kind: 'failed', ...(id === undefined ? {} : {id}), ...(idJson === undefined ? {} : {idJson}), error: error instanceof Error ? error.message : String(error)}
  }
}

/** The keys a JSON Lines result writes itself: a record's own field of that name cannot pass through. */
const resultKeys = new Set(['id', 'meta', 'markdown', 'body', 'removed', 'warnings'])

/** The record's other fields, for the result line, in their order (`source`, `crawled_at` …), bar those the result writes. */
function passedThrough(record: InputRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record.extras)) if (!resultKeys.has(key)) fields[key] = value
  return fields
}

/** What reading the record noticed, and each field of it left out because the result writes that key. */
function recordWarnings(record: InputRecord): Warning[] {
  const warnings = record.warnings.map((reason) => ({stage: 'jsonl', reason}))
  for (const key of Object.keys(record.extras)) {
    if (resultKeys.has(key)) warnings.push({stage: 'jsonl', reason: `the record's field ${JSON.stringify(key)} is left out: the result writes its own "${key}" (rename the field to keep it)`})
  }
  return warnings
}

/** The Markdown without its front matter: the body alone, for pipelines that keep the metadata apart. */
export function bodyOf(markdown: string): string {
  if (!markdown.startsWith('---\n')) return markdown
  const end = markdown.indexOf('\n---\n', 3)
  return end === -1 ? markdown : markdown.slice(end + 5).replace(/^\n/, '')
}
