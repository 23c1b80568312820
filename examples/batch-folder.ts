/**
 * A batch run over a folder, from code: every `.txt` and `.html` file below
 * IN becomes a `.md` file below OUT with the same relative path. (On the
 * command line the same job is `scrubdown --out OUT IN`.)
 *
 *   npx tsx examples/batch-folder.ts IN OUT
 */
import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import {dirname, join, relative} from 'node:path'
import {createCleaner} from 'scrubdown'

export async function cleanFolder(inDir: string, outDir: string): Promise<string[]> {
  const cleaner = createCleaner()
  const written: string[] = []
  for (const entry of await readdir(inDir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !/\.(?:txt|html?)$/.test(entry.name)) continue
    const path = join(entry.parentPath, entry.name)
    const target = join(outDir, relative(inDir, path).replace(/\.[^.]+$/, '.md'))
    try {
      const {markdown} = await cleaner.clean(await readFile(path))
      await mkdir(dirname(target), {recursive: true})
      await writeFile(target, markdown)
      written.push(relative(outDir, target))
    } catch (error) {
      console.error(`${path}: ${(error as Error).message}`)
    }
  }
  return written.sort()
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [inDir, outDir] = process.argv.slice(2)
  if (!inDir || !outDir) {
    console.error('usage: npx tsx examples/batch-folder.ts IN OUT')
    process.exit(2)
  }
  for (const file of await cleanFolder(inDir, outDir)) console.log(file)
}
