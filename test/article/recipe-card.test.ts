import {describe, expect, it} from 'vitest'
import {body, runStages} from '../helpers/run.js'

const story = [
  'Once in a while I like to cook without meat, and this stir fry has become the dish I make most often on busy weekdays.',
  'The cooking itself is quick; the only part that takes time is frying the tofu until it is golden on every side.',
  'I enjoyed it on its own, but it goes just as well with a fried egg on top if you are not cooking for vegans.',
]
const card = ['Pin', 'Print', 'Servings', '2', 'servings', 'Ingredients', '1/2 block of tofu, diced', '120g yellow noodles', '1 tbsp minced garlic', '2 tsp dark soya sauce', '1 1/2 tsp sugar', 'Some beansprouts', 'Directions']
const method = ['Dice the tofu and fry it in a little oil until golden.\u2063', 'With two tablespoons of oil left in the wok, fry the garlic until fragrant.', 'Add the noodles and the sauce, stir well and serve hot.']
const clean = (text: string) => runStages(text, ['boilerplate'])

describe('a recipe card under the post', () => {
  it('takes the card\'s ingredients and method in with the story above it', () => {
    const markdown = body(clean([...story, ...card, method[0], '1.', method[1], '2.', method[2], 'Yes, add me to your mailing list', 'Related recipes', 'Fried rice with egg and spring onions'].join('\n')).markdown)
    expect(markdown).toContain(story[0])
    expect(markdown).toContain('120g yellow noodles')
    expect(markdown).toContain(method[2])
    expect(markdown).not.toContain('Fried rice with egg')
  })

  it('takes no figures under an article for ingredients: none has a kitchen measure, or no method follows them', () => {
    const figures = ['Results', '12 seats for the Greens', '9 seats for the Liberals', '4 seats for the Left', '2 seats for others']
    const sentences = ['The count took until midnight in the old town hall.', 'Turnout was higher than at any vote since the war.']
    expect(body(clean([...story, ...figures, 'Related articles', 'The mayor wins a second term in the city'].join('\n')).markdown)).not.toContain('12 seats')
    expect(body(clean([...story, 'Print', ...figures, ...sentences, 'Related articles', 'The mayor wins a second term'].join('\n')).markdown)).not.toContain('12 seats')
  })
})
