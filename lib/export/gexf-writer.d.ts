// graphology-gexf ships no typings for its writer-only entry, which (unlike the package root) pulls in
// no DOM parser and so loads both in Node and in the browser bundle.
declare module 'graphology-gexf/browser/writer' {
  import type { write } from 'graphology-gexf';
  const writer: typeof write;
  export default writer;
}
