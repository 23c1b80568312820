// Written by `npm run fit:containers` (scripts/fit-containers.ts); do not edit by hand.
// Fitted on the HTML of dev-eval's fitted part (pages where isCheck in scripts/dev-eval/sets.ts is false): aeb 50, dragnet 479, cleaneval-dev 36, cleanportaleval 50, readability 75, trafilatura 330 pages.
// The chosen containers' text scored against the gold, the mean over sets: the rules' choice alone 0.9263, fitted 0.9370; end to end, mean over sets: 0.9292.
export const containerWeights = {
  features: ["the rules chose it","its prose score, as a share of the best","link text per character","prose it adds before the rules choice (share of the page prose)","prose it adds after the rules choice","prose of the rules choice it leaves out, before what it keeps","prose of the rules choice it leaves out, after what it keeps","text it adds that is neither prose nor links (share of the page text)","link text it adds (share of the page text)","holds the headline","a headline was found and it is outside","<article>, <main> or articleBody","a class or id that names article text","an ancestor of the rules choice (levels, up to 4)","inside the rules choice","apart from the rules choice"] as string[],
  weights: [1,0,-2.8,2.2,0,0,0,2.5,0.8,0,0,0.7,0.7,0,0,0] as number[],
}
