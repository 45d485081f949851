// Parses Mermaid files with Mermaid's own parser; exit 1 and the error on the first that fails.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const r = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log(`${file}: ${r.diagramType}`);
  } catch (e) {
    console.log(`${file}: ${e.message ?? e}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
