import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {ScrubdownError} from '../errors.js'
import type {Format} from '../types.js'
import {detectFormat} from './detect.js'
import {type HtmlContentOptions, parseHtml} from './html.js'
import {parseMarkdown} from './markdown.js'
import {parseText} from './text.js'

export interface ParseOptions {
  /** `auto` (default) tells a text dump, HTML and Markdown with front matter apart. */
  format?: Format
  /** What HTML input keeps of links and images. */
  html?: HtmlContentOptions
}

/**
 * The parser plugin: a text dump, HTML, or Markdown with front matter to
 * mdast, and what the input declares (front matter) to `file.data.meta`.
 * A document's own `file.data.hints.format` wins over the plugin's option.
 */
export const scrubdownParse: Plugin<[ParseOptions?], string, Root> = function (options = {}) {
  this.parser = function (document, file) {
    const meta = (file.data.meta ??= {})
    file.data.hints ??= {}
    const wanted = file.data.hints.format ?? options.format ?? 'auto'
    const format = wanted === 'auto' ? detectFormat(document) : wanted
    switch (format) {
      case 'text':
        return parseText(document)
      case 'markdown': {
        const parsed = parseMarkdown(document)
        // What the caller said (url) wins over what the document says.
        file.data.meta = {...parsed.meta, ...meta}
        file.data.hints.markup = true
        return parsed.tree
      }
      case 'html': {
        const parsed = parseHtml(document, {...options.html, file, ...(meta.url ? {url: meta.url} : {})})
        file.data.meta = {...parsed.meta, ...meta}
        if (parsed.lang) file.data.hints.lang ??= parsed.lang
        file.data.hints.markup = true
        return parsed.tree
      }
      default:
        throw new ScrubdownError('EOPTIONS', `unknown format "${String(format)}": use auto, text, html or markdown`)
    }
  }
}
