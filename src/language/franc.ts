/**
 * franc's `francAll` (franc 6.2 and trigram-utils 2.0, MIT, Titus Wormer),
 * the same answers, with each language's trigram model built the first time
 * a text is compared with it. franc builds all 163 models (some 49,000
 * properties) as it is loaded: about 70 ms of CPU in every process and
 * worker thread that starts, while a text is only ever compared with the few
 * languages of its script that the detector allows. The models' data and the
 * scripts' expressions are franc's own files; test/franc.test.ts checks the
 * answers against franc's.
 */
import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'

export type TrigramTuple = [string, number]

export interface FrancOptions {
  only?: string[]
  ignore?: string[]
  minLength?: number
}

const maxLength = 2048
const minLength = 10
const maxDifference = 300
const own = {}.hasOwnProperty

/** Each script's models built so far, by language (franc's `numericData`, filled as asked). */
const models: Record<string, Record<string, Record<string, number>>> = {}

function modelOf(script: string, language: string): Record<string, number> {
  const built = (models[script] ??= {})
  let model = built[language]
  if (!model) {
    const trigrams = data[script]![language]!.split('|')
    model = {}
    let weight = trigrams.length
    while (weight--) model[trigrams[weight]!] = weight
    built[language] = model
  }
  return model
}

export function francAll(value: string, options: FrancOptions = {}): TrigramTuple[] {
  const only = [...(options.only ?? [])]
  const ignore = [...(options.ignore ?? [])]
  const least = options.minLength !== null && options.minLength !== undefined ? options.minLength : minLength
  if (!value || value.length < least) return und()
  value = value.slice(0, maxLength)
  const script = topScript(value)
  if (!script[0] || !(script[0] in data)) {
    if (!script[0] || script[1] === 0 || !allow(script[0], only, ignore)) return und()
    return [[script[0], 1]]
  }
  return normalize(value, distances(asTuples(value), script[0], only, ignore))
}

function normalize(value: string, found: TrigramTuple[]): TrigramTuple[] {
  const min = found[0]![1]
  const max = value.length * maxDifference - min
  let index = -1
  while (++index < found.length) found[index]![1] = 1 - (found[index]![1] - min) / max || 0
  return found
}

function topScript(value: string): [string | undefined, number] {
  let topCount = -1
  let top: string | undefined
  for (const script in expressions) {
    if (own.call(expressions, script)) {
      const count = value.match(expressions[script]!)
      const share = (count ? count.length : 0) / value.length || 0
      if (share > topCount) {
        topCount = share
        top = script
      }
    }
  }
  return [top, topCount]
}

function distances(trigrams: TrigramTuple[], script: string, only: string[], ignore: string[]): TrigramTuple[] {
  const languages = data[script]!
  const found: TrigramTuple[] = []
  for (const language in languages) {
    if (own.call(languages, language) && allow(language, only, ignore)) found.push([language, distance(trigrams, modelOf(script, language))])
  }
  return found.length === 0 ? und() : found.sort(sort)
}

function distance(trigrams: TrigramTuple[], model: Record<string, number>): number {
  let total = 0
  let index = -1
  while (++index < trigrams.length) {
    const trigram = trigrams[index]!
    let difference = maxDifference
    if (trigram[0] in model) {
      difference = trigram[1] - model[trigram[0]]! - 1
      if (difference < 0) difference = -difference
    }
    total += difference
  }
  return total
}

function allow(language: string, only: string[], ignore: string[]): boolean {
  if (only.length === 0 && ignore.length === 0) return true
  return (only.length === 0 || only.includes(language)) && !ignore.includes(language)
}

function und(): TrigramTuple[] {
  return [['und', 1]]
}

function sort(a: TrigramTuple, b: TrigramTuple): number {
  return a[1] - b[1]
}

/** trigram-utils' `asTuples`: the text's trigrams and their counts, fewest first. */
function asTuples(value: string): TrigramTuple[] {
  const cleaned = value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
  const source = ` ${cleaned} `
  const dictionary: Record<string, number> = {}
  const count = source.length - 2
  for (let index = 0; index < count; index++) {
    const trigram = source.slice(index, index + 3)
    if (own.call(dictionary, trigram)) dictionary[trigram]!++
    else dictionary[trigram] = 1
  }
  const tuples: TrigramTuple[] = []
  for (const trigram in dictionary) if (own.call(dictionary, trigram)) tuples.push([trigram, dictionary[trigram]!])
  return tuples.sort(sort)
}
