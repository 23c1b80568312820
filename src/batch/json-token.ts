/**
 * The text of one member of a JSON object, as written: `JSON.parse` reads a
 * number as a double, so an id such as 12345678901234567891 comes out as
 * 12345678901234567000, and Node 20's reviver does not see the source text.
 * This reads the object's top level once, in linear time, skipping strings
 * (with their escapes) and nested objects and arrays whole.
 */

const whitespace = new Set([' ', '\t', '\n', '\r'])

/**
 * The text of the value of `key` in the JSON object `json` (which
 * `JSON.parse` has read: it is valid JSON), as written; the last one when
 * the key is repeated, as `JSON.parse` takes the last. Undefined when the
 * object has no such key, or `json` is not an object.
 */
export function memberText(json: string, key: string): string | undefined {
  let at = skipSpace(json, 0)
  if (json[at] !== '{') return undefined
  at = skipSpace(json, at + 1)
  let found: string | undefined
  while (json[at] === '"') {
    const nameEnd = stringEnd(json, at)
    const name = json.slice(at + 1, nameEnd - 1)
    // A name with escapes ("i\u0064") is read as JSON reads it.
    const matches = (name.includes('\\') ? (JSON.parse(json.slice(at, nameEnd)) as string) : name) === key
    // Past the name and its colon.
    at = skipSpace(json, skipSpace(json, nameEnd) + 1)
    const valueEnd = endOfValue(json, at)
    if (matches) found = json.slice(at, valueEnd)
    at = skipSpace(json, valueEnd)
    if (json[at] !== ',') break
    at = skipSpace(json, at + 1)
  }
  return found
}

function skipSpace(json: string, at: number): number {
  while (at < json.length && whitespace.has(json[at]!)) at++
  return at
}

/** The index just past the string that opens at `start` (its `"`). */
function stringEnd(json: string, start: number): number {
  let at = start + 1
  for (;;) {
    const quote = json.indexOf('"', at)
    if (quote === -1) return json.length
    // A quote after an odd number of backslashes is escaped.
    let backslashes = 0
    while (json[quote - 1 - backslashes] === '\\') backslashes++
    if (backslashes % 2 === 0) return quote + 1
    at = quote + 1
  }
}

/** The index just past the value that starts at `start`: a string, an object or array (nested ones skipped whole), or a literal. */
function endOfValue(json: string, start: number): number {
  const first = json[start]
  if (first === '"') return stringEnd(json, start)
  if (first === '{' || first === '[') {
    let depth = 0
    let at = start
    while (at < json.length) {
      const char = json[at]!
      if (char === '"') {
        at = stringEnd(json, at)
        continue
      }
      if (char === '{' || char === '[') depth++
      else if ((char === '}' || char === ']') && --depth === 0) return at + 1
      at++
    }
    return at
  }
  // A number, true, false or null: up to the next separator.
  let at = start
  while (at < json.length && !whitespace.has(json[at]!) && json[at] !== ',' && json[at] !== '}' && json[at] !== ']') at++
  return at
}
