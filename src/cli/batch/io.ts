/** The streams a CLI run reads and writes, so tests can run it in-process. */
export interface Io {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
}
