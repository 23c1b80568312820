import {type WriteStream, createWriteStream, mkdirSync} from 'node:fs'
import {dirname} from 'node:path'

/**
 * `errors.jsonl`: one line `{id, error}` per input that could not be cleaned,
 * created on the first failure only, so a clean run leaves no empty file.
 */
export class ErrorLog {
  private stream: WriteStream | undefined
  count = 0

  constructor(readonly path: string) {}

  write(id: string, error: string): void {
    if (!this.stream) {
      mkdirSync(dirname(this.path), {recursive: true})
      this.stream = createWriteStream(this.path, {flags: 'a'})
    }
    this.count++
    this.stream.write(`${JSON.stringify({id, error})}\n`)
  }

  close(): Promise<void> {
    const stream = this.stream
    return stream ? new Promise((done) => stream.end(done)) : Promise.resolve()
  }
}
