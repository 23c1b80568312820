/**
 * The cleaner (src/clean-core.ts) with the HTML parser loaded, for the
 * library and the batch workers, whose synchronous calls may parse HTML at
 * any time. The one-file CLI loads clean-core.ts alone: its async `clean`
 * loads the parser when a document is HTML (see parse/html-parser.ts).
 */
import './parse/html.js'

export * from './clean-core.js'
