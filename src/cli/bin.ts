#!/usr/bin/env node
import module from 'node:module'

// Node 22.1 and later keep V8's compiled code of the modules loaded next between runs (in the system's temporary
// folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Node 20 has no such cache (this does nothing there). The
// published command (dist/cli-bundle/bin.cjs, scripts/cli-bin.cjs) keeps its own, on any Node.
;(module as {enableCompileCache?: () => unknown}).enableCompileCache?.()
const {run} = await import('./run.js')
run(process.argv.slice(2))
