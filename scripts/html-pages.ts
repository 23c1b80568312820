import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

/**
 * The HTML pages benchmarks run on: the dev set's (`../shared/dev-eval/pages`,
 * or `$SCRUBDOWN_DEV_EVAL/pages`), else our HTML fixtures. Paths, sorted.
 */
export function htmlPages(root: string): {paths: string[]; source: 'dev set' | 'fixtures'} {
  const devPages = join(process.env.SCRUBDOWN_DEV_EVAL ?? join(root, '..', 'shared', 'dev-eval'), 'pages')
  if (existsSync(devPages)) {
    return {paths: readdirSync(devPages).filter((name) => name.endsWith('.html')).sort().map((name) => join(devPages, name)), source: 'dev set'}
  }
  const paths = readdirSync(join(root, 'fixtures'))
    .sort()
    .map((name) => join(root, 'fixtures', name, 'input.html'))
    .filter((path) => existsSync(path))
  return {paths, source: 'fixtures'}
}
