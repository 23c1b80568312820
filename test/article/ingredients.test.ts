import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body} from '../helpers/run.js'

const method = [
  'Als erstes den Pudding kochen (Milch, Puddingpulver und Zucker). Zum Abkühlen zur Seite stellen und dabei mit Folie abdecken, damit sich keine Haut bildet.',
  'Für den Boden die Zutaten zusammenkneten. Den Teig in die gefettete Springform drücken und dabei einen Rand von etwa drei Zentimetern hochziehen.',
  'Den Schmand mit dem abgekühlten Pudding verrühren, auf dem Boden verteilen und die Mandarinen darauf legen. Bei 175 Grad etwa 80 Minuten backen.',
]

/** A recipe page as a browser prints it: the ingredients as tab-separated tables, the nutrition facts and times, then the method. */
function recipe(table: string[]): string {
  return [
    'Rezepte', 'Backen', 'Kuchen',
    'Mandarinen-Schmand-Kuchen',
    'der cremigste Kuchen, den ich kenne',
    'Für den Mürbeteig:',
    table.join('\n'),
    'Nährwerte pro Portion', 'kcal', '4512', 'Eiweiß', '53,82 g',
    'Zubereitung', 'Arbeitszeit ca. 30 Minuten', 'Gesamtzeit ca. 1 Stunde 50 Minuten',
    ...method,
    'Kommentare', 'Mehr Rezepte', 'Impressum',
  ].join('\n\n')
}

const url = 'https://rezepte.example/607331/Mandarinen-Schmand-Kuchen.html'

describe('a recipe’s ingredients above its method', () => {
  it('are the article’s, with the heading that announces them', () => {
    const result = cleanSync(recipe(['125 g\tMehl', '65 g\tZucker', '65 g\tMargarine oder Butter', '1\tEi(er)', '1 TL\tBackpulver']), {url})
    const text = body(result.markdown)
    expect(text).toContain('Für den Mürbeteig:')
    expect(text).toMatch(/\| 125 g \| Mehl/u)
    expect(text).toContain('| 1 TL  | Backpulver')
    expect(text).toContain(method[2])
  })

  it('are no table of numbers without a unit (a table of ranks above the article)', () => {
    const result = cleanSync(recipe(['1\tBayern\t25', '2\tDortmund\t22', '3\tLeipzig\t20', '4\tFreiburg\t18']), {url})
    expect(body(result.markdown)).not.toContain('Bayern')
    expect(body(result.markdown)).toContain(method[0])
  })

  it('are the article’s printed as lines without a table, with the recipe’s facts and the heading over them', () => {
    const page = [
      'Leckereien aus der Küche', 'Über diesen Blog', 'Hinterlasse einen Kommentar',
      'Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)', 'Ergibt: 40 Stück', 'Zutaten:',
      '300 g Mehl', '1 TL Backpulver', '100 g gemahlene Mandeln', '200 g Margarine', '200 g Zucker', '1 Prise Salz', '1 Ei', '4 Esslöffel Milch', 'Mandelsplitter',
      'Zubereitung:',
      ...method,
      'Gefällt mir:', 'Nächster Beitrag »',
    ].join('\n')
    const text = body(cleanSync(page, {format: 'text'}).markdown)
    expect(text).toContain('Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)')
    expect(text).toContain('200 g Zucker')
    expect(text).toContain('4 Esslöffel Milch')
    expect(text).toContain(method[2])
    expect(text).not.toContain('Über diesen Blog')
  })

  it('are no lines of figures without a kitchen measure above an article (a table of results)', () => {
    const page = ['Ergebnisse', '1 Bayern 25', '2 Dortmund 22', '3 Leipzig 20', '4 Freiburg 18', 'Zum Spiel:', ...method].join('\n')
    expect(body(cleanSync(page, {format: 'text'}).markdown)).not.toContain('Bayern')
  })

  it('are the article’s printed with the quantity after the name, as Italian recipes print them, under their heading without a colon', () => {
    const metodo = [
      'Tagliate il guanciale a listarelle e rosolatelo in una padella senza olio finché il grasso diventa trasparente.',
      'In una ciotola sbattete i tuorli con il pecorino grattugiato e abbondante pepe nero.',
      'Cuocete gli spaghetti in acqua salata, scolateli al dente e versateli nella padella con il guanciale, a fuoco spento.',
    ]
    const page = (heading: string) => ['Home', 'Ricette', 'Primi piatti', 'Spaghetti alla carbonara', 'Difficoltà: Facile', 'Cottura: 10 min', 'Stampa', heading,
      'Spaghetti 320 g', 'Guanciale 150 g', 'Tuorli 6', 'Pecorino romano 50 g', 'Preparazione', ...metodo, 'Ti potrebbe interessare anche', 'Amatriciana', 'Privacy'].join('\n')
    const text = body(cleanSync(page('Ingredienti'), {format: 'text'}).markdown)
    expect(text).toContain('Ingredienti\n\nSpaghetti 320 g\n\nGuanciale 150 g\n\nTuorli 6')
    expect(text).toContain(metodo[0])
    // A button in lower case over them is no heading.
    expect(body(cleanSync(page('umrechnen'), {format: 'text'}).markdown)).not.toContain('umrechnen')
  })

  it('are the article’s printed as the name, a dash and the quantity, as Russian recipes print them, a measure’s dot closing some', () => {
    const steps = [
      'Творог протрите через сито или разомните вилкой, чтобы не осталось комочков.',
      'Добавьте яйцо, сахар и соль, перемешайте. Всыпьте муку и замесите мягкое тесто.',
      'Обжарьте сырники на среднем огне по 3–4 минуты с каждой стороны до золотистого цвета.',
    ]
    const page = ['Рецепты', 'Завтраки', 'Сырники', 'Время приготовления: 30 мин', 'Ингредиенты',
      'Творог — 500 г', 'Яйцо — 1 шт.', 'Сахар — 2 ст. л.', 'Мука — 3 ст. л. + для обваливания', 'Соль — щепотка', 'Приготовление', ...steps, 'Похожие рецепты', 'Оладьи на кефире'].join('\n')
    const text = body(cleanSync(page, {format: 'text'}).markdown)
    expect(text).toContain('Ингредиенты\n\nТворог — 500 г\n\nЯйцо — 1 шт.\n\nСахар — 2 ст. л.')
    expect(text).toContain(steps[0])
  })

  it('are no lines of a dash and a figure without a kitchen measure (a list of scores)', () => {
    const page = ['Результаты', 'Спартак — 25', 'Зенит — 22', 'Локомотив — 20', 'ЦСКА — 18', 'О матче:', ...method].join('\n')
    expect(body(cleanSync(page, {format: 'text'}).markdown)).not.toContain('Зенит')
  })
})
