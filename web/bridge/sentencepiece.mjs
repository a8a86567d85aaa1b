// Sentencepiece tokenizers for wayfarer._bridge.tokenizer: the wasm port (loaded on first use, so
// booting Python does not pay for it) reading models from vendor/models/.
const loading = new Map();
const loaded = new Map();

async function load(name) {
  const [{ SentencePieceProcessor }, { provideFile }] = await Promise.all([
    import('../vendor/sentencepiece/sentencepiece.mjs'),
    import('./sentencepiece_fs.mjs'),
  ]);
  const url = new URL(`../vendor/models/${encodeURIComponent(name)}`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`tokenizer ${name} is missing (${response.status} from ${url.pathname})`);
  provideFile(name, new Uint8Array(await response.arrayBuffer()));
  const processor = new SentencePieceProcessor();
  await processor.load(name);
  return processor;
}

globalThis.wayfarerBridge = globalThis.wayfarerBridge || {};
Object.assign(globalThis.wayfarerBridge, {
  async sentencepieceLoad(name) {
    if (!loading.has(name)) {
      const pending = load(name).then((processor) => loaded.set(name, processor));
      loading.set(name, pending);
      pending.catch(() => loading.delete(name));
    }
    await loading.get(name);
    return true;
  },
  sentencepieceEncode(name, text) {
    const processor = loaded.get(name);
    if (!processor) throw new Error(`tokenizer ${name} is not loaded: call sentencepieceLoad first`);
    return Int32Array.from(processor.encodeIds(String(text)));
  },
});
