import {describe, expect, it} from 'vitest'
import {cleanSync} from '../src/index.js'

/** A recipe blog's text dump: the post, then a sign-up box, the tags line, the box about the author and the comments. */
const post = [
  'Chaque hiver, ma grand-mère préparait cette tarte avec les pommes du verger. Voici sa recette, presque inchangée.',
  'Faites fondre le sucre et le beurre dans un moule jusqu’à obtenir un caramel blond, puis disposez les pommes.',
  'Couvrez de pâte et enfournez 35 min à 180 °C. Démoulez la tarte encore tiède, sinon le caramel colle.',
]
const page = (closing: string) => [
  'Les Carnets de Sophie', 'Recettes', 'Voyages', 'Contact',
  'Recette : la tarte Tatin de ma grand-mère', 'Publié le 5 décembre 2026 par Sophie',
  ...post, closing,
  'Ne manquez aucune recette', 'Inscrivez-vous à la newsletter et recevez une recette chaque semaine.', 'Votre e-mail', 'Je m’inscris',
  'Publié dans Desserts. Mots-clés : pommes, tarte.',
  'Sophie Lambert', 'Sophie cuisine depuis vingt ans et partage ici les recettes de sa famille.',
  '3 commentaires', 'Marie : Merci, délicieuse !',
].join('\n')

describe('the heading of a sign-up box under the article', () => {
  it('goes with its box; the closing line over it stays', () => {
    const result = cleanSync(page('Bon appétit !'), {format: 'text'})
    for (const paragraph of post) expect(result.markdown).toContain(paragraph)
    // French sets a narrow no-break space before the mark.
    expect(result.markdown).toContain('Bon appétit\u202f!')
    expect(result.markdown).not.toContain('Ne manquez aucune recette')
  })

  it('takes no closing line that ends a sentence, nor a sign-off, for the box\'s heading', () => {
    const signed = cleanSync(page('Bon appétit !').replace('Ne manquez aucune recette', 'Bises, Sophie'), {format: 'text'})
    expect(signed.markdown).toContain('Bises, Sophie')
    const sentence = cleanSync(page('Bon appétit !').replace('Ne manquez aucune recette', 'La recette vient du livre de ma grand-mère, que je garde encore.'), {format: 'text'})
    expect(sentence.markdown).toContain('La recette vient du livre de ma grand-mère, que je garde encore.')
  })

  it('takes no farewell without a name, nor a longer closing line, for the box\'s heading (review26a)', () => {
    for (const closing of ['Et à très bientôt pour une nouvelle recette', 'À bientôt les gourmands', 'Buon appetito e alla prossima ricetta', 'Until next time my friends', 'Happy baking and see you next week']) {
      const result = cleanSync(page('Bon appétit !').replace('Ne manquez aucune recette', closing), {format: 'text'})
      expect(result.markdown, closing).toContain(closing)
    }
  })
})

describe('the author named by a first name in the byline', () => {
  it('is named in full as the box about the author prints it over the bio', () => {
    const result = cleanSync(page('Bon appétit !'), {format: 'text'})
    expect(result.meta.author).toBe('Sophie Lambert')
    expect(result.markdown).not.toContain('Sophie cuisine depuis vingt ans')
  })

  it('keeps the first name when no bio follows a longer name', () => {
    const result = cleanSync(page('Bon appétit !').replace('Sophie cuisine depuis vingt ans et partage ici les recettes de sa famille.', 'Voir toutes les recettes'), {format: 'text'})
    expect(result.meta.author).toBe('Sophie')
  })

  it('takes no name from inside the article: a person it is about, whose first name opens the next line', () => {
    const features = [
      'Climb Daily', 'News', 'Gear', 'Contact',
      'Five climbers who changed the sport', 'Published December 5, 2026 by Alex',
      'Every generation of climbers has a few people who move the limits of what seems possible on rock. Here are five of them.',
      'Lynn Hill', 'Lynn freed the Nose of El Capitan in 1993, a route many thought could not be climbed free at all.',
      'Alex Honnold', 'Alex climbed Freerider on El Capitan without a rope in 2017, in just under four hours.',
      'Wolfgang Güllich', 'Wolfgang climbed Action Directe in 1991, the first route graded 9a in the world, in the Frankenjura.',
      'Which climber would you add to the list? Tell us in the comments.',
      'Filed under Features. Tags: climbing, history.', '4 comments', 'Maria: Great list, thanks!',
    ].join('\n')
    const result = cleanSync(features, {format: 'text'})
    expect(result.meta.author).toBe('Alex')
    expect(result.markdown).toContain('Alex climbed Freerider on El Capitan without a rope in 2017')
  })
})
