#!/usr/bin/env node
import module from 'node:module'

// Node 22.1 and later keep V8's compiled code of the modules loaded next between runs (in the system's temporary
// folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so that a later run need not compile the bundle again (not measured here: this machine has Node 20).
// Node 20 has no such cache (this does nothing there), so main.js is loaded after it is switched on.
;(module as {enableCompileCache?: () => unknown}).enableCompileCache?.()
const {main} = await import('./main.js')

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
