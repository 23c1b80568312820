import type {Options as StringifyOptions} from 'remark-stringify'

type TextHandle = NonNullable<NonNullable<StringifyOptions['handlers']>['text']>

/** `\&` whose backslash is not itself escaped, before anything that cannot complete a character reference (`&amp;`, `&#38;`). */
const needlessAmpersandEscape = /(?<!\\)((?:\\\\)*)\\&(?![#A-Za-z0-9]+;)/g

/**
 * Text as remark-stringify writes it, except that an `&` which starts no
 * character reference is left bare: CommonMark needs the `;` to read one, so
 * `?lang=en&v=2` in a URL stays copyable from the Markdown instead of
 * becoming `?lang=en\&v=2`.
 */
export const text: TextHandle = (node, _parent, state, info) => state.safe(node.value, info).replace(needlessAmpersandEscape, '$1&')
