import {describe, expect, it} from 'vitest'
import {cleanSync} from '../../src/index.js'
import {body} from '../helpers/run.js'

const clean = (lines: string[]) => body(cleanSync(lines.join('\n'), {format: 'text'}).markdown)

// A dump of a release note: a menu, the headline, a paragraph, the feature list as the browser prints a <ul> (lines
// right under each other, a blank line above and below), then the paragraph that closes the note, and the footer.
const header = ['Home', 'Downloads', 'Forums', 'About', '', 'Notebook Portable 2.1 Released', '', 'Submitted by editor on March 3, 2024', '']
const opening = 'Notebook Portable 2.1 has been released. Notebook is a journal for the desktop with a calendar, templates, exports and a search that finds every entry within seconds.'
const features = [
  'Features',
  '',
  'Tagging',
  'Format your text bold, italic or underlined',
  'Insert images, files and links',
  'Links and mail addresses are recognized',
  'Live search',
  'Automatic saving',
  'Backup to zip archive',
  'Word clouds of the words used most',
  'Templates',
  'Export to PDF, HTML or plain text',
  'Translated into twenty languages',
  '',
]
const closing = 'Notebook Portable is packaged in an installer so it detects an existing copy and updates it in place, keeping every setting you made. It runs from a stick on any computer, leaves nothing behind on the machine it ran on, and can be carried from home to work and back with all your entries.'
const footer = ['', 'Login or register to post comments', '', '© 2004-2024 | Privacy Policy | Powered by Drupal']

describe('a list printed as lines right under each other', () => {
  it('costs no more than a list: the paragraph under the list stays the article\'s', () => {
    const out = clean([...header, opening, '', ...features, closing, ...footer])
    expect(out).toContain(opening)
    expect(out).toContain('Export to PDF, HTML or plain text')
    expect(out).toContain(closing)
    expect(out).not.toContain('Privacy Policy')
  })

  it('does so in any language (a German list of what a release brings)', () => {
    const einleitung = 'Die neue Version des Kalenders ist seit heute für alle Nutzer verfügbar, und wer die alte Version installiert hat, bekommt das Update beim nächsten Start automatisch.'
    const neu = ['', 'Neu in dieser Version', '', 'Schnellere Suche im Archiv', 'Termine mit Farben markieren', 'Feiertage für alle Bundesländer', 'Erinnerungen per E-Mail', 'Geteilte Kalender für Familien', 'Export als PDF-Datei', 'Dunkles Design für die Nacht', 'Wochennummern in der Monatsansicht', 'Neue Schriftgrößen', 'Bessere Hilfe', '']
    const schluss = 'Wer den Kalender mit anderen teilt, muss nichts tun: die geteilten Kalender werden beim Update übernommen und bleiben für alle sichtbar. Die alte Version wird noch ein Jahr lang mit Sicherheitsupdates versorgt, danach nicht mehr, und das Team empfiehlt deshalb allen, die noch mit ihr arbeiten, bald zu wechseln.'
    const out = clean(['Startseite', 'Programme', 'Forum', 'Kontakt', '', 'Kalender 5.0 ist erschienen', '', 'Von Anna Berger, 3. März 2024', '', einleitung, ...neu, schluss, '', 'Impressum | Datenschutz | © 2024 Kalenderwerk'])
    expect(out).toContain(einleitung)
    expect(out).toContain('Termine mit Farben markieren')
    expect(out).toContain(schluss)
    expect(out).not.toContain('Datenschutz')
  })

  it('leaves a long run of short lines (a sidebar\'s categories) as costly as its lines: the prose under it is no article', () => {
    const categories = ['Animals', 'Art History', 'Bead Crafts', 'Birthday Parties', 'Bookmaking', 'Building', 'Camping', 'Card Making', 'Clay Crafts', 'Collage', 'Drawing', 'Dollmaking', 'Edibles', 'Felt and Felting', 'Games', 'Garden', 'Gifts to Make', 'History', 'Literature', 'Math', 'Mosaics', 'Music', 'Nature Crafts', 'Needlework', 'Ornaments', 'Paper Crafts', 'Photography', 'Puppets', 'Science', 'Sewing']
    const about = 'My name is Jane Roe and I write about the research I do on how teenagers use the internet, and about the papers I publish with my colleagues at the university.'
    const out = clean([...header, opening, '', opening.replace('desktop', 'phone'), '', ...categories, '', about, '', about.replace('Jane Roe', 'John Doe'), ...footer])
    expect(out).toContain(opening)
    expect(out).not.toContain(about)
  })
})
