import {describe, expect, it} from 'vitest'
import {body, runStages} from '../helpers/run.js'

const clean = (text: string) => runStages(text, ['shortcodes'])

describe('shortcodes stage', () => {
  it('removes a WordPress shortcode line and reports it', () => {
    const result = clean('A real paragraph stays.\n[elfsight_cookie_consent id="1"]')
    expect(body(result.markdown)).toBe('A real paragraph stays.\n')
    expect(result.removed).toEqual([
      expect.objectContaining({stage: 'shortcodes', text: '[elfsight_cookie_consent id="1"]', line: 2}),
    ])
  })

  it('keeps the text between an opening and a closing tag', () => {
    const result = clean('[caption id="attachment_5" align="alignleft"]The harbour at dawn[/caption]')
    expect(body(result.markdown)).toBe('The harbour at dawn\n')
    expect(result.removed.map((removal) => removal.text)).toEqual(['[caption id="attachment_5" align="alignleft"]', '[/caption]'])
  })

  it('removes page-builder rows and template tags inside a line', () => {
    expect(body(clean('[vc_row][vc_column]Text of the column.[/vc_column][/vc_row]').markdown)).toBe('Text of the column.\n')
    expect(body(clean('Before {{ad}} after.').markdown)).toBe('Before after.\n')
  })

  it('keeps brackets that are prose: [sic], [1], [citation needed], [Editor’s note]', () => {
    const text = 'He wrote “recieve” [sic] twice [1] and the claim [citation needed] stands [Editor’s note: it does].'
    const result = clean(text)
    expect(body(result.markdown)).toContain('[sic]')
    expect(body(result.markdown)).toContain('[citation needed]')
    expect(result.removed).toEqual([])
  })
})
