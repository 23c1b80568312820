import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {memberText} from '../src/batch/json-token.js'
import {idFromHead, parseRecord} from '../src/batch/record.js'
import {stableHash} from '../src/batch/shard.js'
import {scrubdown, seedText, workspace, writeSums} from './helpers/batch.js'

const dump = seedText('nl-rise-of-the-machines')
const text = JSON.stringify(dump)
/** A record line with the id written as given (JSON.stringify cannot write 12345678901234567891). */
const record = (id: string, fields = `"text":${text}`) => `{"id":${id},${fields}}`
const idsOf = (jsonl: string) => jsonl.trim().split('\n').map((line) => /^\{"id":([^,]*),/.exec(line)![1])

/*
 * JSON.parse reads a number as a double: 2^53 + 1 comes out as 2^53, and
 * 12345678901234567891 as 12345678901234567000. Ids are written back, sharded,
 * compared for duplicates and matched by --resume with their digits as given.
 */
describe('JSON Lines ids that a double cannot hold', () => {
  const big = ['9007199254740993', '12345678901234567891', '-9007199254740993', '1e400']

  it('reads a member\'s text as written: strings with escapes and nested values skipped, escaped names, the last of repeated keys', () => {
    const line = `{ "html" : "<a href=\\"x\\">\\\\\\"id\\":1</a>", "nested": {"id": 1, "a": [{"id": [2, "]"]}]}, "i\\u0064" :\t12345678901234567891 , "text": "t"}`
    expect(JSON.parse(line)).toMatchObject({id: 12345678901234567891})
    expect(memberText(line, 'id')).toBe('12345678901234567891')
    expect(memberText(line, 'nested')).toBe('{"id": 1, "a": [{"id": [2, "]"]}]}')
    expect(memberText(line, 'text')).toBe('"t"')
    expect(memberText(line, 'missing')).toBeUndefined()
    expect(memberText('{"id":1,"id":1e400}', 'id')).toBe('1e400')
    expect(memberText('[1]', 'id')).toBeUndefined()
  })

  it('keeps each id\'s digits for the key and the JSON text; a whole number a double holds stays as String writes it', () => {
    for (const id of big) expect(parseRecord(record(id), 1)).toMatchObject({id, idJson: id})
    expect(parseRecord(record('0.1'), 1)).toMatchObject({id: '0.1', idJson: '0.1'})
    expect(parseRecord(record('9007199254740991'), 1)).toMatchObject({id: '9007199254740991', idJson: '9007199254740991'})
    expect(parseRecord(record('1e3'), 1)).toMatchObject({id: '1000', idJson: '1000'})
    expect(parseRecord(record('"12345678901234567891"'), 1)).toMatchObject({id: '12345678901234567891', idJson: '"12345678901234567891"'})
    expect(parseRecord('{"doc_id":12345678901234567891,"id":1,"text":"t"}', 1, {id: 'doc_id'})).toMatchObject({id: '12345678901234567891', idJson: '12345678901234567891'})
    expect(idFromHead('{"id":12345678901234567891,"text":"tru', 4)).toEqual({id: '12345678901234567891', idJson: '12345678901234567891'})
    expect(idFromHead('{"doc_id":-9007199254740993,"text":"tru', 4, 'doc_id')).toEqual({id: '-9007199254740993', idJson: '-9007199254740993'})
    expect(idFromHead('{"id":1,"doc_id":2', 4, 'doc_id')).toEqual({id: 'line 4'})
  })

  it('writes them back as given in the output and the errors file, and takes no two of them for one', async () => {
    const dir = workspace()
    const lines = [...big.map((id) => record(id)), record('12345678901234567892'), record('12345678901234567893', '"url":"https://example.com/none"')]
    const run = await scrubdown(['--jsonl', '-', '--out', join(dir, 'out.jsonl')], `${lines.join('\n')}\n`)
    expect(run.status).toBe(1)
    expect(idsOf(readFileSync(join(dir, 'out.jsonl'), 'utf8'))).toEqual([...big, '12345678901234567892'])
    expect(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8')).toBe('{"id":12345678901234567893,"line":6,"error":"the record has neither \\"html\\" nor \\"text\\""}\n')
    // 12345678901234567891 and 12345678901234567892 are one double, but two ids.
    expect(run.stderr).not.toContain('is also on line')
  })

  it('--id-key: a custom key\'s number id keeps its digits; so does a line over --max-bytes, named by its head', async () => {
    const dir = workspace()
    const lines = [`{"doc_id":12345678901234567891,"id":"other",${`"text":${text}`}}`, `{"doc_id":-9007199254740993,"text":"${'x'.repeat(2 * text.length)}"}`]
    const limit = String(lines[0]!.length + 100)
    const run = await scrubdown(['--jsonl', '-', '--id-key', 'doc_id', '--max-bytes', limit, '--out', join(dir, 'out.jsonl')], `${lines.join('\n')}\n`)
    expect(run.status).toBe(1)
    const [result] = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')
    // The record's own "id" is left out (with a warning): the result writes the id it was given by --id-key.
    expect(result).toMatch(/^\{"id":12345678901234567891,"meta":/)
    expect(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8')).toMatch(/^\{"id":-9007199254740993,"line":2,"error":"the record is above the limit/)
  })

  it('shards by the digits as given', async () => {
    // An id whose digits and whose double fall in different shards of two.
    const id = Array.from({length: 50}, (_, index) => `1234567890123456789${index}`).find((digits) => stableHash(digits) % 2 !== stableHash(String(Number(digits))) % 2)!
    const input = `${record(id)}\n`
    const own = `${(stableHash(id) % 2) + 1}/2`
    const other = `${2 - (stableHash(id) % 2)}/2`
    expect(idsOf((await scrubdown(['--jsonl', '-', '--quiet', '--shard', own], input)).stdout)).toEqual([id])
    expect((await scrubdown(['--jsonl', '-', '--quiet', '--shard', other], input)).stdout).toBe('')
  })

  it('--resume matches them by their digits: it continues a killed run byte for byte, and refuses output made for another id', async () => {
    const dir = workspace()
    const lines = [record('12345678901234567891'), record('12345678901234567893', '"url":"https://example.com/none"'), record('-9007199254740993'), record('1e400')]
    writeFileSync(join(dir, 'in.jsonl'), `${lines.join('\n')}\n`)
    await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'whole.jsonl'), '--quiet'])
    const whole = readFileSync(join(dir, 'whole.jsonl'), 'utf8')
    const wholeErrors = readFileSync(join(dir, 'whole.errors.jsonl'), 'utf8')
    expect(idsOf(whole)).toEqual(['12345678901234567891', '-9007199254740993', '1e400'])
    // Killed after the second result.
    writeFileSync(join(dir, 'part.jsonl.part'), whole.split('\n').slice(0, 2).join('\n') + '\n')
    writeFileSync(join(dir, 'part.errors.jsonl.part'), wholeErrors)
    await writeSums(join(dir, 'part.jsonl'), join(dir, 'in.jsonl'), 3)
    const resumed = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'part.jsonl'), '--resume'])
    expect(resumed.stderr).toMatch(/3 skipped as done \(1 of them failed before\)/)
    expect(readFileSync(join(dir, 'part.jsonl'), 'utf8')).toBe(whole)
    expect(readFileSync(join(dir, 'part.errors.jsonl'), 'utf8')).toBe(wholeErrors)
    // Output whose first result is 12345678901234567892 (the same double as the input's id) is another run's.
    writeFileSync(join(dir, 'other.jsonl.part'), whole.split('\n')[0]!.replace('12345678901234567891', '12345678901234567892') + '\n')
    await writeSums(join(dir, 'other.jsonl'), join(dir, 'in.jsonl'), 1)
    const refused = await scrubdown(['--jsonl', join(dir, 'in.jsonl'), '--out', join(dir, 'other.jsonl'), '--resume'])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('cannot resume: line 1 of the input is "12345678901234567891", but the output has "12345678901234567892" there')
  })
})
