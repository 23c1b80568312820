import {parse} from 'yaml'

/**
 * Would a YAML 1.1 reader (PyYAML, Ruby's Psych, Go's yaml.v2) read this
 * string, written plain, as something else? scrubdown writes YAML 1.2, where
 * `No`, `on`, `12:30`, `1_000` and `0b101` are strings, but 1.1 reads them as
 * false, true, 750 (base 60), 1000 and 5. Such values are written quoted,
 * which every reader takes as a string. The yaml package's 1.1 schema is the
 * judge, so the list is the specification's, not ours.
 */
export function misreadByYaml11(value: string): boolean {
  try {
    return typeof parse(value, {version: '1.1', logLevel: 'silent'}) !== 'string'
  } catch {
    // Not a plain scalar in 1.1 either (`a: b`, `[x`): the 1.2 writer quotes it already.
    return false
  }
}
