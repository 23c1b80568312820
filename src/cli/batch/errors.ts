import {type WriteStream, createWriteStream} from 'node:fs'
import {mkdir, readFile, rename, rm} from 'node:fs/promises'
import {dirname} from 'node:path'
import {withId} from '../../batch/record.js'
import {byCodeUnit} from './inputs.js'
import {writeAtomic} from './write.js'

/** One input that could not be cleaned: its id (relative path or record id), the input line for JSON Lines, and why. */
export interface ErrorEntry {
  /** A file's relative path, or a record's id as the record gives it (a string or a number). */
  id: string | number
  line?: number
  error: string
}

/**
 * The errors file (`errors.jsonl`): one line per input that could not be
 * cleaned. While the run goes, lines are appended to `PATH.part`, so a killed
 * run keeps them; at the end they become PATH in one rename, sorted by id when
 * they arrived in completion order. A run without failures leaves no errors
 * file (and removes a stale one), so the file always describes the outputs
 * beside it.
 */
export class ErrorLog<Entry extends {id: string | number} = ErrorEntry> {
  readonly partPath: string
  private stream: WriteStream | undefined
  private opening: Promise<WriteStream> | undefined
  /** Failures written by this run. */
  count = 0

  constructor(readonly path: string) {
    this.partPath = `${path}.part`
  }

  /** Start a new log, or (`keep`) append to the one a killed run left. The file is created at the first failure. */
  async open(keep: boolean): Promise<void> {
    if (!keep) await rm(this.partPath, {force: true})
  }

  /**
   * Append an entry; resolves once the line is with the operating system, so
   * it survives the process being killed. `idJson`, when given, is written
   * as the id instead of `entry.id`: a record's id as JSON text, a number
   * with its digits as the record gives them.
   */
  async write(entry: Entry, idJson?: string): Promise<void> {
    this.count++
    this.opening ??= mkdir(dirname(this.path), {recursive: true}).then(() => {
      this.stream = createWriteStream(this.partPath, {flags: 'a'})
      return this.stream
    })
    const stream = await this.opening
    const {id, ...rest} = entry
    const text = withId(idJson ?? JSON.stringify(id), rest)
    return new Promise((written, failed) => stream.write(`${text}\n`, (error) => (error ? failed(error) : written())))
  }

  /** Close the log and publish it as PATH (sorted by id with `sort`), or remove it when it is empty. */
  async finish(sort: boolean): Promise<void> {
    const stream = this.stream
    if (stream) await new Promise((closed) => stream.end(closed))
    this.stream = undefined
    this.opening = undefined
    const text = await readFile(this.partPath, 'utf8').catch(() => '')
    if (text === '') {
      await rm(this.path, {force: true})
      await rm(this.partPath, {force: true})
    } else if (sort) {
      const lines = text.split('\n').filter(Boolean)
      const id = (line: string) => String((JSON.parse(line) as Entry).id)
      // writeAtomic goes through PATH.part too: the sorted lines replace the log, then become PATH.
      await writeAtomic(this.path, `${lines.sort((a, b) => byCodeUnit(id(a), id(b)) || byCodeUnit(a, b)).join('\n')}\n`)
    } else {
      await rename(this.partPath, this.path)
    }
  }

  /** Close without publishing: the `.part` stays for `--resume`. */
  async abandon(): Promise<void> {
    const stream = this.stream
    if (stream) await new Promise((closed) => stream.end(closed))
    this.stream = undefined
  }
}
