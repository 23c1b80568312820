import {main} from './main.js'

/**
 * The `scrubdown` command: runs the CLI on `argv` and sets the exit status.
 * src/cli/bin.ts calls it; so does the published command, which loads it
 * from the CLI bundle (scripts/bundle.mjs, scripts/cli-bin.cjs).
 */
export function run(argv: string[]): void {
  // A reader that stops early (`scrubdown page.html | head`) closes the pipe: the rest of the output has nowhere to go, which is not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
    process.stderr.write(`scrubdown: cannot write to standard output: ${error.message}\n`)
    process.exit(1)
  })

  main(argv).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`scrubdown: internal error: ${error instanceof Error ? error.stack : String(error)}\n`)
      process.exitCode = 1
    },
  )
}
