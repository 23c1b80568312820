import {stat} from 'node:fs/promises'
import {join} from 'node:path'
import type {AuditPageResult} from '../../batch/job.js'
import {type IndexEntry, indexPage} from '../../report-html/index-page.js'
import {byCodeUnit} from './inputs.js'
import {inside} from './paths.js'
import {writeAtomic} from './write.js'

/** The index of a run's pages; shards get their own, as for the errors file, so machines sharing a folder never write the same one. */
export function indexFileName(shard: {index: number; count: number} | undefined): string {
  return shard ? `index-${shard.index}-of-${shard.count}.html` : 'index.html'
}

/**
 * `--report-html FOLDER` in a batch: each document's page written into
 * FOLDER/pages as it comes (at a path we make: the output's relative path,
 * or `line-N.html` for a record, never its id; in a folder of their own so
 * that no input named `index.html` meets the index), and at the end
 * FOLDER/index.html listing every document of this run (failures with their
 * reason), in input order.
 */
export class AuditPages {
  private readonly entries: Array<IndexEntry & {order: string | number}> = []

  constructor(
    readonly folder: string,
    private readonly indexName: string,
  ) {}

  /** Where a page goes: below `pages/`, by a name we made. */
  pathOf(name: string): string {
    return inside(this.folder, `pages/${name}`)
  }

  /** Write a document's page; `order` sorts the index (a relative path, or a line number). */
  async write(order: string | number, entry: Omit<IndexEntry, 'page'>, name: string, result: AuditPageResult): Promise<void> {
    await writeAtomic(this.pathOf(name), result.html)
    const page = `pages/${name}`
    this.entries.push({...entry, page, order, ...(result.title === undefined ? {} : {title: result.title})})
  }

  /** A document without a page: it failed. */
  failed(order: string | number, name: string, error: string): void {
    this.entries.push({name, error, order})
  }

  async finish(title: string): Promise<void> {
    const sorted = this.entries.sort((a, b) => (typeof a.order === 'number' && typeof b.order === 'number' ? a.order - b.order : byCodeUnit(String(a.order), String(b.order))))
    await writeAtomic(join(this.folder, this.indexName), indexPage(title, sorted.map(({order: _order, ...entry}) => entry)))
  }
}

/** All of a per-stage tally (removals or warnings), for the index. */
export function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0)
}

/** What is wrong with a batch's `--report-html` path, if anything: it names a folder of pages, so an existing file is refused before any work. */
export async function pagesFolderProblem(path: string | undefined): Promise<string | undefined> {
  if (path === undefined) return undefined
  const info = await stat(path).catch(() => undefined)
  return info && !info.isDirectory() ? `--report-html ${path} is a file; in a batch it names a folder of pages (with index.html)` : undefined
}
