import {escapeHtml} from './escape.js'
import {type Struck, byNesting} from './spans.js'

/**
 * The input as HTML with each placed removal struck: a `<del>` per removal
 * (class by stage, the reason as its title). Spans nest as the tree did; a
 * span that crosses another's end is cut in two pieces, both carrying its
 * `data-removal`, and only the first its `id`, the removal list's anchor.
 */
export function markInput(input: string, removals: readonly Struck[], stageClass: (stage: string) => string): string {
  const placed = removals.filter((removal) => removal.start !== undefined).sort(byNesting)
  const cuts = [...new Set([0, input.length, ...placed.flatMap((removal) => [removal.start!, removal.end!])])].sort((a, b) => a - b)
  const started = new Set<number>()
  let open: Struck[] = []
  let html = ''
  for (let cut = 0; cut + 1 < cuts.length; cut++) {
    const from = cuts[cut]!
    const to = cuts[cut + 1]!
    // Already in nesting order: the spans over this piece, outermost first.
    const over = placed.filter((removal) => removal.start! <= from && removal.end! >= to)
    let kept = 0
    while (kept < open.length && kept < over.length && open[kept] === over[kept]) kept++
    html += '</del>'.repeat(open.length - kept)
    for (const removal of over.slice(kept)) {
      html += struckTag(removal, stageClass, !started.has(removal.index))
      started.add(removal.index)
    }
    open = over
    html += escapeHtml(input.slice(from, to))
  }
  return html + '</del>'.repeat(open.length)
}

/** The opening tag of a removal: its stage's class, its reason on hover. */
export function struckTag(removal: Struck, stageClass: (stage: string) => string, anchor: boolean): string {
  const id = anchor ? ` id="r${removal.index}"` : ''
  return `<del class="${stageClass(removal.stage)}" data-removal="${removal.index}"${id} title="${escapeHtml(`${removal.stage}: ${removal.reason}`)}">`
}
