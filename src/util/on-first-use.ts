/**
 * A value made on its first use, then kept: for a module's data that a run
 * may never need, such as the expressions of a script the text does not
 * hold (a pattern with `\p{Script=…}` set operations takes V8 a quarter of a
 * millisecond to build, used or not).
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: {value: T} | undefined
  return () => (made ??= {value: make()}).value
}
