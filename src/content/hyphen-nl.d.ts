/** The part of the `hyphen` package WatNu uses: its Dutch patterns (TeX's nl patterns), CommonJS, by file path for Node's ESM resolution. */
declare module 'hyphen/nl/index.js' {
  const nl: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default nl;
}
