import {readFileSync, readdirSync} from 'node:fs'
import {join, relative} from 'node:path'
import ts from 'typescript'

/** A regular expression written in the source: a literal, or a `new RegExp(…)` built at run time. */
export interface SourceRegex {
  /** `src/…/file.ts:line`. */
  where: string
  kind: 'literal' | 'constructed'
  /** The pattern of a literal; the constructor's source text for a constructed one. */
  source: string
  flags: string
}

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return files(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/**
 * Every regular expression in the source tree, found by parsing each file
 * with the TypeScript compiler: a new one is covered without being listed.
 */
export function sourceRegexes(root: string, dir = 'src'): SourceRegex[] {
  const found: SourceRegex[] = []
  for (const path of files(join(root, dir))) {
    const text = readFileSync(path, 'utf8')
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node) => `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText()
        const end = literal.lastIndexOf('/')
        found.push({where: where(node), kind: 'literal', source: literal.slice(1, end), flags: literal.slice(end + 1)})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        found.push({where: where(node), kind: 'constructed', source: node.getText(), flags: ''})
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return found
}
