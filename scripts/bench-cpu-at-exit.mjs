/**
 * Preloaded by `npm run bench` into each CLI run it times (`node --import
 * ./scripts/bench-cpu-at-exit.mjs …`): at exit, writes the process's CPU time
 * (user and system, milliseconds) to `$SCRUBDOWN_CPU_FILE`. On a shared, busy
 * machine the wall time of a short run says more about the neighbours than
 * about the run; its CPU time does not.
 */
import {writeFileSync} from 'node:fs'

const file = process.env.SCRUBDOWN_CPU_FILE
if (file) {
  process.on('exit', () => {
    const {user, system} = process.cpuUsage()
    writeFileSync(file, String((user + system) / 1000))
  })
}
