/** A stage's colour: fixed for scrubdown's own stages, so pages compare at a glance; from its name for a caller's stage. */
const fixed: Record<string, string> = {
  html: '#2e4053',
  frontmatter: '#566573',
  shortcodes: '#8e44ad',
  breadcrumbs: '#2471a3',
  title: '#b9770e',
  byline: '#117a65',
  boilerplate: '#c0392b',
  dedupe: '#d35400',
  language: '#5d6d7e',
  punctuation: '#a04000',
  structure: '#1e8449',
}

export function stageColour(stage: string): string {
  const known = fixed[stage]
  if (known) return known
  let hash = 0
  for (const char of stage) hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  return `hsl(${hash % 360} 55% 38%)`
}
