import type {Removal, Warning} from '../../types.js'
import {ErrorLog} from './errors.js'

/** One document's audit in a folder batch: what was removed and why, and its warnings. */
export interface ReportEntry {
  id: string
  removed: Removal[]
  warnings: Warning[]
}

/** The report file of a run; shards get their own, as for the errors file. */
export function reportFileName(shard: {index: number; count: number} | undefined): string {
  return shard ? `report-${shard.index}-of-${shard.count}.jsonl` : 'report.jsonl'
}

/**
 * `--report` with `--out DIR` and Markdown outputs: `DIR/report.jsonl`, one
 * `{id, removed, warnings}` line per document cleaned (the `.md` files have
 * no room for it), written as the errors file is (appended while the run
 * goes, sorted by id at the end).
 */
export class ReportLog extends ErrorLog<ReportEntry> {}
