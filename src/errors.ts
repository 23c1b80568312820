/** Why an input could not be cleaned. */
export type ScrubdownErrorCode =
  | 'EBINARY' // not text: NUL bytes or a known binary signature
  | 'EENCODING' // bytes that are not valid in the encoding
  | 'ETOOLARGE' // above `maxBytes`
  | 'EFORMAT' // a format that is not supported
  | 'EOPTIONS' // options that do not make sense

/**
 * The one error type scrubdown throws for bad input or options. `code` is
 * stable for programs; `message` is one line for people.
 */
export class ScrubdownError extends Error {
  readonly code: ScrubdownErrorCode

  constructor(code: ScrubdownErrorCode, message: string) {
    super(message)
    this.name = 'ScrubdownError'
    this.code = code
  }
}
