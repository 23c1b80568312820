import type {CleanResult} from '../types.js'

/**
 * The audit trail for people: removals grouped by stage, each with its line
 * in the input, the reason, and the removed text (shortened).
 */
export function formatReport(result: Pick<CleanResult, 'removed' | 'warnings'> & Partial<Pick<CleanResult, 'notes'>>, name: string): string {
  const lines: string[] = []
  const stages = new Map<string, CleanResult['removed']>()
  for (const removal of result.removed) {
    const list = stages.get(removal.stage) ?? []
    list.push(removal)
    stages.set(removal.stage, list)
  }
  const count = result.removed.length
  lines.push(`${name}: ${count === 0 ? 'nothing removed' : `${count} removal${count === 1 ? '' : 's'}`}`)
  for (const [stage, removals] of stages) {
    lines.push(`  ${stage} (${removals.length})`)
    for (const removal of removals) {
      const where = removal.line === undefined ? '' : `${removal.line}:${removal.column ?? 1} `
      lines.push(`    ${where}${removal.reason}${removal.blocks === undefined ? '' : ` (${removal.blocks} blocks)`}`)
      lines.push(`      ${JSON.stringify(shorten(removal.text, 100))}`)
    }
  }
  for (const [kind, messages] of [['warning', result.warnings], ['note', result.notes ?? []]] as const) {
    for (const message of messages) {
      const where = message.line === undefined ? '' : `${message.line}:${message.column ?? 1} `
      lines.push(`  ${kind} ${message.stage}: ${where}${message.reason}`)
    }
  }
  return lines.join('\n') + '\n'
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}
