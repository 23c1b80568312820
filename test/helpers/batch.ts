import {spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import {Readable, Writable} from 'node:stream'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {isBlank, readLines} from '../../src/cli/batch/records.js'
import {sumOf} from '../../src/cli/batch/resume.js'
import {main} from '../../src/cli/main.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const seeds = ['sv-deepseek-fomo', 'nl-rise-of-the-machines', 'ar-deepseek-fomo']

export function seedText(seed: string): string {
  return readFileSync(join(root, 'fixtures', seed, 'input.txt'), 'utf8')
}

export function expected(seed: string): string {
  return readFileSync(join(root, 'fixtures', seed, 'expected.md'), 'utf8')
}

export interface Run {
  status: number
  stdout: string
  stderr: string
}

/**
 * Run the CLI in this process, on this thread unless `--concurrency` or
 * `--timeout` says otherwise (worker threads load the source through tsx;
 * starting them costs a second or two, so only the tests about threads and
 * time limits pay it). `worker` replaces the worker module threads load.
 */
export async function scrubdown(args: string[], stdin: string | Uint8Array = '', worker?: URL): Promise<Run> {
  if (!args.some((arg) => arg.startsWith('--concurrency') || arg.startsWith('--timeout'))) args = [...args, '--concurrency', '1', '--timeout', '0']
  let stdout = ''
  let stderr = ''
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        append(String(chunk))
        done()
      },
    })
  const status = await main(args, {
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
  }, worker ? {worker} : {})
  return {status, stdout, stderr}
}

// tsx's loader by path: the spawned runs happen in temporary folders.
const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs')).href
const bin = join(root, 'src/cli/bin.ts')

/** Run the CLI as its own process, as data teams do; `input` is its standard input. */
export function scrubdownProcess(args: string[], cwd: string, input = ''): Run {
  const result = spawnSync(process.execPath, ['--import', tsx, bin, ...args], {cwd, encoding: 'utf8', input})
  return {status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}

/** Start the CLI as a process and kill it (SIGKILL, no clean-up) once `ready` says so. */
export async function killWhen(args: string[], cwd: string, ready: () => boolean): Promise<void> {
  const child = spawn(process.execPath, ['--import', tsx, bin, ...args], {cwd, stdio: 'ignore'})
  const exited = new Promise((done) => child.once('exit', done))
  while (child.exitCode === null && !ready()) await new Promise((wait) => setTimeout(wait, 20))
  child.kill('SIGKILL')
  await exited
}

/** A temporary folder with the seed dumps as `in/<seed>/page.txt`. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scrubdown-batch-'))
  for (const seed of seeds) {
    mkdirSync(join(dir, 'in', seed), {recursive: true})
    cpSync(join(root, 'fixtures', seed, 'input.txt'), join(dir, 'in', seed, 'page.txt'))
  }
  return dir
}

/** Every file below `dir` (relative path → contents), to compare whole output trees. */
export function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  if (!existsSync(dir)) return files
  for (const entry of readdirSync(dir, {recursive: true, encoding: 'utf8'})) {
    const path = join(dir, entry)
    if (statSync(path).isFile()) files[relative(dir, path)] = readFileSync(path, 'utf8')
  }
  return files
}

/** Dump-like records from every fixture, `count` of them, some broken: a corpus for order, resume and shard tests. */
export function corpus(count: number): string {
  const dumps = readdirSync(join(root, 'fixtures'))
    .map((name) => join(root, 'fixtures', name, 'input.txt'))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'))
  const lines: string[] = []
  for (let index = 0; index < count; index++) {
    if (index % 17 === 5) lines.push('{"id": broken')
    else if (index % 19 === 7) lines.push(JSON.stringify({id: `empty-${index}`}))
    else lines.push(JSON.stringify({id: `doc-${index}`, text: dumps[index % dumps.length]}))
  }
  return `${lines.join('\n')}\n`
}

/**
 * Write the sums file that a JSON Lines run keeps beside `OUT.jsonl` (see
 * SumsLog) for the records of `input` on lines 1 to `through`: what a run
 * killed after settling them has on disk, for a test that makes the rest of
 * a killed run's files by hand.
 */
export async function writeSums(out: string, input: string, through: number): Promise<void> {
  let text = ''
  for await (const line of readLines(input, Readable.from([]))) {
    if (line.number > through) break
    if (!isBlank(line.bytes)) text += `${sumOf(line.number, line.size, line.bytes)}\n`
  }
  writeFileSync(`${out}.sums.part`, text)
}
