import {cleanerFor} from './cleaners.js'

const dump = [
  'Home › News',
  'A short headline for the warm-up',
  'By Jane Doe',
  'This is the first paragraph of a short article, written so that every stage has something to look at, in a sentence or two.',
  'A second paragraph follows, “quoted” and with a list:',
  '- one item\n- another item',
  'Related articles',
  'Share this',
].join('\n\n')

const page = `<html><head><title>Warm-up</title></head><body><nav>Menu</nav><article><h1>Warm-up</h1>${dump
  .split('\n\n')
  .map((block) => `<p>${block}</p>`)
  .join('')}</article></body></html>`

/**
 * Clean a small dump and a small page once, so a new worker thread is warm
 * before it takes work: its first document would otherwise pay for the
 * compiler and lazily built tables (about 150 ms, several times that on a
 * loaded machine), which would count against that document's time limit.
 */
export function warmUp(): void {
  const cleaner = cleanerFor({})
  cleaner.cleanSync(dump)
  cleaner.cleanSync(page)
}
