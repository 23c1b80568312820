import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {ScrubdownError} from '../errors.js'
import type {RuleSwitches} from '../punctuation/index.js'
import type {Format, Meta} from '../types.js'
import {detectFormat} from './detect.js'
import type {HtmlContentOptions} from './html.js'
import {htmlParser} from './html-parser.js'
import {neutralizeMarkup, parseMarkdown} from './markdown.js'
import {normalizeEncoding} from './normalize.js'
import {joinHardWraps} from './hard-wraps.js'
import {parseText} from './text.js'
import {beginDocument} from '../util/line-memo.js'
import {forgetBlocks} from '../article/block-memo.js'

export interface ParseOptions {
  /** `auto` (default) tells a text dump, HTML and Markdown with front matter apart. */
  format?: Format
  /** What HTML input keeps of links and images. */
  html?: HtmlContentOptions
  /**
   * The punctuation rules' encoding fixes (NFC, invisible characters), with
   * the caller's rule switches, applied as the text is parsed; `false`
   * (the punctuation stage is off) leaves the text as it is. Default: on.
   */
  normalize?: RuleSwitches | false
}

/** The format a document is parsed as: its own hint, else the plugin's option, else what it looks like. */
export function documentFormat(document: string, file: VFile, option: Format | undefined): Format {
  const wanted = file.data.hints?.format ?? option ?? 'auto'
  return wanted === 'auto' ? detectFormat(document) : wanted
}

/**
 * The parser plugin: a text dump, HTML, or Markdown with front matter to
 * mdast, and what the input declares (front matter) to `file.data.meta`.
 * A document's own `file.data.hints.format` wins over the plugin's option.
 */
export const scrubdownParse: Plugin<[ParseOptions?], string, Root> = function (options = {}) {
  this.parser = function (document, file) {
    // The line tables that filled up with the documents before make room for this one's lines (util/line-memo.ts).
    beginDocument()
    // The zone search's records of the document before's blocks go with it (src/article/block-memo.ts).
    forgetBlocks()
    const tree = parse(document, file)
    if (options.normalize !== false) normalizeEncoding(tree, options.normalize)
    return tree
  }

  function parse(document: string, file: VFile): Root {
    const meta = (file.data.meta ??= {})
    file.data.hints ??= {}
    const format = documentFormat(document, file, options.format)
    switch (format) {
      case 'text': {
        const tree = parseText(document, file)
        // The stages read paragraphs, not the lines of a paragraph wrapped at a fixed width.
        tree.children = joinHardWraps(tree.children)
        return tree
      }
      case 'markdown': {
        const parsed = parseMarkdown(document)
        neutralizeMarkup(parsed.tree)
        // What the caller said (url) wins over what the document says.
        // Keys no meta has stay until the front matter is written, which reports each one it leaves out.
        file.data.meta = {...(parsed.unknown as Meta), ...parsed.meta, ...meta}
        file.data.hints.markup = true
        if (parsed.frontMatter) file.data.hints.frontMatter = true
        return parsed.tree
      }
      case 'html': {
        const parsed = htmlParser()(document, {...options.html, file, ...(meta.url ? {url: meta.url} : {})})
        file.data.meta = {...parsed.meta, ...meta}
        if (parsed.lang) file.data.hints.lang ??= parsed.lang
        file.data.hints.markup = true
        return parsed.tree
      }
      default:
        throw new ScrubdownError('EFORMAT', `unknown format "${String(format)}": use auto, text, html or markdown`)
    }
  }
}
