import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  // Examples import the package by name, as users do; tests run them against the source.
  resolve: {alias: {scrubdown: fileURLToPath(new URL('./src/index.ts', import.meta.url))}},
  test: {
    include: ['test/**/*.test.ts'],
    // A hang detector, not a speed check: no test comes near it, even on a
    // loaded 2-core machine. Tests assert behaviour, never time (a test that
    // needs a limit of its own says so with a fake clock).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
