import type {VFile} from 'vfile'
import {type AuditPage, auditPage} from './page.js'
import {struckRemovals} from './spans.js'

/** The audit page of a cleaned file: its input (as decoded) with the removals its messages place in it. */
export function auditPageOf(file: VFile, result: AuditPage['result'], name: string): string {
  const input = String(file.value)
  return auditPage({name, input, removals: struckRemovals(file, input), result})
}
