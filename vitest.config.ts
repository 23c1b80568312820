import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  // Examples import the package by name, as users do; tests run them against the source.
  resolve: {alias: {scrubdown: fileURLToPath(new URL('./src/index.ts', import.meta.url))}},
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
