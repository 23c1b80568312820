import type {LanguageLexicon} from './categories.js'
import en from './en.js'

/** Every language's lexicon, by ISO 639-1 code. */
export const lexicons: Readonly<Record<string, LanguageLexicon>> = {en}
