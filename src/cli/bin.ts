#!/usr/bin/env node
import {main} from './main.js'

// A reader that stops early (`scrubdown page.html | head`) closes the pipe: the rest of the output has nowhere to go, which is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
  process.stderr.write(`scrubdown: cannot write to standard output: ${error.message}\n`)
  process.exit(1)
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`scrubdown: internal error: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exitCode = 1
  },
)
