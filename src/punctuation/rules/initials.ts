/**
 * Whether the full stop at `dot`, after the word that starts at `wordStart`, is one of a run of dotted initials or
 * an acronym's ("आर. के. नारायण", "भा.ज.पा.", "اے. کیو. خان"), not a sentence's end: a dot stands right before
 * the word, or the word before it or after it ends with one too. Rules that turn a Latin full stop into a
 * script's own (the danda, Urdu's ۔) read initials as abbreviations.
 */
export function inDottedRun(line: string, wordStart: number, dot: number): boolean {
  if (line[wordStart - 1] === '.') return true
  const before = line.slice(0, wordStart).trimEnd()
  if (before.endsWith('.')) return true
  const after = /^\s+(\S+)/u.exec(line.slice(dot + 1))?.[1]
  return after !== undefined && after.endsWith('.')
}
