import {cleanSync} from '../../src/index.js'
import type {CleanOptions, CleanResult} from '../../src/index.js'

/** Clean a text dump with only the named stages, in the default order. */
export function runStages(text: string, names: readonly string[], options: CleanOptions = {}): CleanResult {
  return cleanSync(text, {format: 'text', ...options, stages: (defaults) => defaults.filter((stage) => names.includes(stage.name))})
}

/** The body of a cleaned document, front matter cut off. */
export function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '')
}
