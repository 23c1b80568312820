/**
 * An ingestion job: read JSON Lines records `{id, url?, html? | text?}`,
 * write cleaned records `{id, title, lang, markdown}`, and keep going past
 * bad documents.
 *
 *   npx tsx examples/ingest-jsonl.ts IN.jsonl OUT.jsonl
 *
 * `cleanStream` keeps the input order and a bounded number of documents in
 * flight, so this runs in flat memory on a file of any size.
 */
import {createReadStream, createWriteStream} from 'node:fs'
import {once} from 'node:events'
import {createInterface} from 'node:readline'
import {cleanStream, type StreamRecord} from 'scrubdown'

export async function ingest(inPath: string, outPath: string): Promise<{cleaned: number; failed: number}> {
  let cleaned = 0
  let failed = 0
  async function* records(): AsyncGenerator<StreamRecord> {
    let number = 0
    for await (const line of createInterface({input: createReadStream(inPath), crlfDelay: Infinity})) {
      number++
      if (line.trim() === '') continue
      try {
        yield JSON.parse(line) as StreamRecord
      } catch {
        failed++
        console.error(`line ${number}: not valid JSON`)
      }
    }
  }
  const out = createWriteStream(outPath)
  for await (const result of cleanStream(records(), {threads: 2})) {
    if (!result.ok) {
      failed++
      console.error(`${result.id}: ${result.error}`)
      continue
    }
    cleaned++
    const line = JSON.stringify({id: result.id, title: result.meta.title, lang: result.meta.lang, markdown: result.markdown})
    if (!out.write(`${line}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return {cleaned, failed}
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [inPath, outPath] = process.argv.slice(2)
  if (!inPath || !outPath) {
    console.error('usage: npx tsx examples/ingest-jsonl.ts IN.jsonl OUT.jsonl')
    process.exit(2)
  }
  const {cleaned, failed} = await ingest(inPath, outPath)
  console.log(`cleaned ${cleaned}, failed ${failed}`)
}
