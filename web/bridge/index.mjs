// JavaScript helpers that wayfarer._bridge calls from Python inside the worker. Each module adds
// its functions to globalThis.wayfarerBridge; Python never reaches JS any other way.
globalThis.wayfarerBridge = globalThis.wayfarerBridge || {};
import './kv.mjs';
import './webcrypto.mjs';
import './sentencepiece.mjs';
