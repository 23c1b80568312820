import type {PunctuationRule} from '../rule.js'

/** A question mark after a Greek word of two letters or more (one is a symbol: "π?"), and a closing quote or bracket, alone: "?!" and "??" are a writer's emphasis, left as written. */
const question = /(?<=\p{Script=Greek}\p{M}{0,4}\p{Script=Greek}\p{M}{0,4}["'»”’)]?)\?(?![?!])(?<![?!]\?)/gu

export const greekQuestion: PunctuationRule = {
  name: 'el/question-mark',
  description: 'In Greek, a Latin question mark after a Greek word becomes the Greek one, written ; (U+037E, which Unicode folds to the semicolon); "?!" and "??" stay, as do Latin words and URLs.',
  langs: ['el'],
  modes: ['locale', 'keep'],
  needs: /\?/,
  enabled: true,
  apply: (text) => text.replace(question, ';'),
  examples: [
    ['Πόσο θα κοστίζει το εισιτήριο? Σύμφωνα με τον δήμο', 'Πόσο θα κοστίζει το εισιτήριο; Σύμφωνα με τον δήμο'],
    ['ρώτησε «ήρθες?» και έφυγε', 'ρώτησε «ήρθες;» και έφυγε'],
    ['Αλήθεια?! Και το iPhone? Δες το example.gr/?q=1', 'Αλήθεια?! Και το iPhone? Δες το example.gr/?q=1'],
    ['What is π? Nobody knows', 'What is π? Nobody knows'],
  ],
}
