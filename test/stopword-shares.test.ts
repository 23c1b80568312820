import {describe, expect, it} from 'vitest'
import {scriptPools} from '../src/language/candidates.js'
import {stopwordShares, stopwordsOf, wordsOf} from '../src/language/evidence.js'

/**
 * stopwordShares looks each word up in each list the first time a pool is
 * asked, and in the pool's index from then on: both give the share of the
 * words each list holds.
 */
describe('stopword shares', () => {
  const texts = [
    'The harbour reopened on Monday after a week of storms, and the ferries will run to the islands again from Tuesday.',
    'Der Hafen wurde am Montag nach einer Woche voller Stürme wieder geöffnet, und die Fähren fahren ab Dienstag wieder.',
    'Le port a rouvert lundi après une semaine de tempêtes, et les ferries reprendront dès mardi vers les îles.',
    'El puerto reabrió el lunes tras una semana de tormentas y los transbordadores volverán a las islas el martes.',
    'De haven ging maandag weer open na een week vol stormen, en de veerboten varen vanaf dinsdag weer naar de eilanden.',
  ]
  const reference = (words: string[], codes: readonly string[]) =>
    codes
      .map((code): [string, number] => [code, words.filter((word) => stopwordsOf(code)?.has(word)).length / words.length])
      .filter(([, share]) => share > 0)
      .sort((a, b) => b[1] - a[1])

  it('are the same the first time a pool is asked and after, and what each list holds', () => {
    // A pool of its own (the Latin pool reversed), so that no other test asked it before.
    const pool = [...scriptPools.Latin!].reverse()
    for (const text of texts) {
      const words = wordsOf(text)
      const first = stopwordShares(words, pool)
      expect(first).toEqual(reference(words, pool))
      expect(stopwordShares(words, pool)).toEqual(first)
      expect(stopwordShares(words, pool)).toEqual(first)
    }
  })
})
