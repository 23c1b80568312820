import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'

const page = (name: string) => readFileSync(new URL(`./data/cms-pages/${name}`, import.meta.url))

describe('pages of site generators dev-eval has few of', () => {
  it('finds a Korean post whose paragraphs are a line each (Hangul counts as dense text)', async () => {
    const {markdown} = await clean(page('ko-hugo-post.html'))
    expect(markdown).toContain('우리 팀은 작년 봄까지 모든 문서를 컨플루언스에 두었다.')
    expect(markdown).toContain('## 왜 옮겼나')
    expect(markdown).toContain('다음 글에서는 검색 인덱스를 어떻게 만들었는지 정리할 생각이다.')
  })

  it("keeps Docusaurus's headings, whose class names the navbar they leave room for", async () => {
    const {markdown} = await clean(page('en-docusaurus-doc.html'))
    expect(markdown).toMatch(/^## Headers/m)
    expect(markdown).toMatch(/^## Retrying/m)
    expect(markdown).toMatch(/^## Higher limits/m)
  })

  it('prints code with a gutter of line numbers as one code block, without the numbers', async () => {
    const hugo = (await clean(page('ko-hugo-post.html'))).markdown
    expect(hugo).toContain('```text\ncontent/\n  onboarding/')
    expect(hugo).not.toMatch(/```\n1\n2\n3\n4\n```/)
    const mkdocs = (await clean(page('pl-mkdocs-material.html'))).markdown
    expect(mkdocs).toContain("```\n#!/bin/sh\npg_dump -Fc ewidencja > /backup/ewidencja-$(date +%F).dump\nfind /backup -name '*.dump' -mtime +30 -delete\n```")
  })

  it('drops the "¶" link beside a heading\'s words', async () => {
    const {markdown} = await clean(page('pl-mkdocs-material.html'))
    expect(markdown).toMatch(/^## Harmonogram$/m)
    expect(markdown).toMatch(/^## Odtwarzanie$/m)
    expect(markdown).not.toContain('Permanent link')
  })

  it('keeps the article of the headline, not the next one an infinite scroll appends under its own <h1>', async () => {
    const {markdown} = await clean(page('tr-infinite-scroll.html'))
    expect(markdown).toContain('Uzmanlar, faizlerin yüksek seyrettiği sürece kira artışının yavaşlamayacağını tahmin ediyor.')
    expect(markdown).toContain('| Bayraklı')
    expect(markdown).not.toContain('Göztepe')
    expect(markdown).not.toContain('Sonraki haber')
  })
})
