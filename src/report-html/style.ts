import {stageColour} from './colours.js'

/** The page's one style sheet (inline: the page loads nothing), with a class per stage shown. */
export function pageStyle(stages: readonly string[]): string {
  const classes = stages.map((stage, index) => `.k${index}{--c:${stageColour(stage)}}`).join('\n')
  return `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem;color:#1c2833;background:#fdfefe}
h1{font-size:1.3rem;margin:.2rem 0;overflow-wrap:anywhere}h2{font-size:1.05rem;margin:1.4rem 0 .4rem}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f6f7;border:1px solid #d5d8dc;border-radius:4px;padding:.7rem .9rem;font:13px/1.55 ui-monospace,monospace}
del{--c:#7f8c8d;text-decoration:line-through 2px var(--c);background:color-mix(in srgb,var(--c) 16%,transparent);color:inherit;border-radius:2px}
del:hover{background:color-mix(in srgb,var(--c) 34%,transparent)}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .9rem;padding:0;list-style:none}
.legend li::before{content:"";display:inline-block;width:.8rem;height:.8rem;margin-right:.35rem;vertical-align:-.1rem;border-radius:2px;background:var(--c)}
.removals li,.messages li{margin:.15rem 0}.stage{font-weight:600;color:var(--c)}
.muted{color:#626567}
${classes}
`
}
