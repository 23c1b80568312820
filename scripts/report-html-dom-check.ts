/**
 * Reads what headless Chromium made of an audit page (its DOM after load,
 * scripts given time to run) beside the --json result of the same clean,
 * and says whether the page rendered, holds every removal, and ran nothing.
 * Used by report-html-browser.sh; exits 1 on the first failed check.
 *
 *   tsx scripts/report-html-dom-check.ts DUMPED.html RESULT.json
 */
import {readFileSync} from 'node:fs'
import {load} from 'cheerio'

const [domPath, jsonPath] = process.argv.slice(2)
const $ = load(readFileSync(domPath!, 'utf8'))
const {removed} = JSON.parse(readFileSync(jsonPath!, 'utf8')) as {removed: Array<{stage: string; reason: string}>}
const failures: string[] = []
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what)
}

const title = $('title').text()
// The page's own title is 'scrubdown audit: ' and the heading; an input's script would have set it to PWNED.
check(title === `scrubdown audit: ${$('h1').text()}`, `the title is "${title}", not the page's own: a script from the input ran`)
check(title !== 'PWNED', 'a script from the input ran: the title is PWNED')
check($('pre.input').length === 1 && $('pre.input').text().length > 0, 'the input is not on the rendered page')
check($('script, img, iframe, svg').length === 0, 'an element from the input came alive in the DOM')
check($('[onerror], [onload]').length === 0, 'an event handler from the input is an attribute in the DOM')
let missing = 0
for (const [index, removal] of removed.entries()) {
  const struck = $(`del[data-removal="${index}"]`).first()
  if (struck.length === 0 || struck.attr('title') !== `${removal.stage}: ${removal.reason}`) missing++
}
check(missing === 0, `${missing} of ${removed.length} removals are not struck with their reason`)
check(removed.length > 0, 'the result has no removal to look for')

console.log(`  title: ${JSON.stringify(title)}`)
console.log(`  removals struck with their reason: ${removed.length - missing} of ${removed.length}; <del> elements: ${$('del').length}`)
console.log(`  scripts, images, frames, svg in the DOM: ${$('script, img, iframe, svg').length}; elements with onerror/onload: ${$('[onerror], [onload]').length}`)
if (failures.length > 0) {
  for (const failure of failures) console.log(`  FAIL: ${failure}`)
  process.exit(1)
}
console.log('  ok')
