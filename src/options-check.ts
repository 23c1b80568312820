import {ScrubdownError} from './errors.js'
import {toLangCode} from './language/codes.js'
import {punctuationRules} from './punctuation/index.js'
import {type OptionKind, stageOptionKinds} from './stage-option-kinds.js'
import type {StageName} from './pipeline.js'

const formats = ['auto', 'text', 'html', 'markdown']
const linkModes = ['keep', 'text']
const imageModes = ['keep', 'drop']
const finders = ['rules', 'fitted']

/**
 * Refuse options that would be ignored or misread, with a message that says
 * what is accepted: an unknown format (`EFORMAT`), language code, punctuation
 * rule, quote mode, link or image mode, stage option, or a count that is not
 * a whole number (`EOPTIONS`). Unknown keys at the top level are left alone
 * (callers spread their own settings in); inside a stage's options they are
 * refused, since a misspelt option silently does nothing.
 */
export function checkOptions(given: object): void {
  const options = given as Record<string, unknown>
  if (options.format !== undefined) checkFormat(options.format)
  if (options.lang !== undefined) checkLanguage('lang', options.lang)
  if (options.maxBytes !== undefined && !(typeof options.maxBytes === 'number' && Number.isInteger(options.maxBytes) && options.maxBytes > 0)) {
    fail(`maxBytes must be a whole number of bytes above 0, not ${show(options.maxBytes)}`)
  }
  if (options.articleFinder !== undefined) checkChoice('articleFinder', options.articleFinder, finders)
  if (options.html !== undefined) {
    if (!isObject(options.html)) fail(`html must be an object such as {links: 'text'}, not ${show(options.html)}`)
    for (const [key, value] of Object.entries(options.html)) {
      if (key === 'links') checkChoice('html.links', value, linkModes)
      else if (key === 'images') checkChoice('html.images', value, imageModes)
      else fail(`unknown option html.${key}: html takes links and images`)
    }
  }
  for (const stage of Object.keys(stageOptionKinds) as StageName[]) {
    const given = options[stage]
    if (given === undefined) continue
    if (!isObject(given)) fail(`${stage} options must be an object, not ${show(given)}`)
    const kinds = stageOptionKinds[stage]
    for (const [key, value] of Object.entries(given)) {
      const kind = kinds[key]
      if (!kind) fail(`unknown option ${stage}.${key}: ${stage} takes ${Object.keys(kinds).join(', ')}`)
      if (value !== undefined) checkValue(`${stage}.${key}`, value, kind)
    }
  }
}

/** `format`: auto, text, html or markdown (`EFORMAT` otherwise). */
export function checkFormat(format: unknown): void {
  if (typeof format !== 'string' || !formats.includes(format)) {
    throw new ScrubdownError('EFORMAT', `unknown format ${show(format)}: use ${formats.join(', ')}`)
  }
}

function checkValue(name: string, value: unknown, kind: OptionKind): void {
  switch (kind.type) {
    case 'boolean':
      if (typeof value !== 'boolean') fail(`${name} must be true or false, not ${show(value)}`)
      return
    case 'count':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < kind.min || (kind.max !== undefined && value > kind.max)) {
        fail(`${name} must be a whole number from ${kind.min}${kind.max === undefined ? '' : ` to ${kind.max}`}, not ${show(value)}`)
      }
      return
    case 'strings':
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) fail(`${name} must be a list of strings, not ${show(value)}`)
      return
    case 'language':
      checkLanguage(name, value)
      return
    case 'languages':
      if (!Array.isArray(value)) fail(`${name} must be a list of language codes, not ${show(value)}`)
      for (const code of value as unknown[]) checkLanguage(name, code)
      return
    case 'choice':
      checkChoice(name, value, kind.values)
      return
    case 'switches':
      checkSwitches(name, value)
      return
    case 'boolean-or-counts':
      if (typeof value === 'boolean') return
      if (!isObject(value)) fail(`${name} must be true, false or an object of ${kind.keys.join(', ')}, not ${show(value)}`)
      for (const [key, count] of Object.entries(value)) {
        if (!kind.keys.includes(key)) fail(`unknown option ${name}.${key}: ${name} takes ${kind.keys.join(', ')}`)
        checkValue(`${name}.${key}`, count, {type: 'count', min: 0})
      }
  }
}

/** A language code scrubdown can read: ISO 639-1 or 639-3, or a BCP 47 tag (`pt-BR`). */
function checkLanguage(name: string, value: unknown): void {
  if (typeof value !== 'string' || toLangCode(value) === 'und') {
    fail(`${name}: unknown language ${show(value)}; use an ISO 639-1 or 639-3 code or a BCP 47 tag, such as en, nl, pt-BR or ceb`)
  }
}

function checkSwitches(name: string, value: unknown): void {
  if (!isObject(value)) fail(`${name} must be an object of rule names to true or false, such as {'common/ellipsis': false}, not ${show(value)}`)
  const known = punctuationRules.map((rule) => rule.name)
  for (const [rule, on] of Object.entries(value)) {
    if (!known.includes(rule)) {
      const group = rule.split('/')[0]
      const near = known.filter((candidate) => candidate.startsWith(`${group}/`))
      fail(`${name}: unknown punctuation rule ${show(rule)}; ${near.length > 0 ? `the ${group} rules are ${near.join(', ')}` : `the rules are listed in src/punctuation/RULES.md (${known.slice(0, 4).join(', ')}, …)`}`)
    }
    if (typeof on !== 'boolean') fail(`${name}: rule ${show(rule)} must be true or false, not ${show(on)}`)
  }
}

function checkChoice(name: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) fail(`${name} must be ${allowed.join(' or ')}, not ${show(value)}`)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value)
}

function fail(message: string): never {
  throw new ScrubdownError('EOPTIONS', message)
}
