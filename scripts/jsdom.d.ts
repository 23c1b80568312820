// jsdom ships no types, and @types/jsdom brings the DOM library into every file of the type check: only what the bench uses.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string)
    readonly window: {readonly document: unknown; close(): void}
  }
}
