// The `fs` the sentencepiece wasm port imports (see vendor_sentencepiece in build_web.py): it only
// calls readFileSync(name) for the model it loads, so this answers with bytes fetched beforehand.
const files = new Map();

export function provideFile(name, bytes) {
  files.set(name, bytes);
}

export function readFileSync(name) {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`sentencepiece: ${name} was not fetched before loading`);
  return bytes;
}

export default { readFileSync };
