// The Python worker: boots Pyodide from ./vendor only, installs the wayfarer wheel, and answers
// calls from the page over Comlink. Python reaches JavaScript only through wayfarer._bridge, which
// uses the helpers on globalThis.wayfarerBridge below.
import * as Comlink from './vendor/comlink/comlink.mjs';
import './bridge/index.mjs';

const VENDOR = new URL('./vendor/', import.meta.url);
let pyodide = null;
let callJson = null;
let ingestJson = null;
let booting = null;

const ortSessions = new Map();
let ortModule = null;

async function loadOrt() {
  if (!ortModule) {
    ortModule = await import('./vendor/ort/ort.wasm.min.mjs');
    ortModule.env.wasm.wasmPaths = new URL('ort/', VENDOR).href;
    ortModule.env.logLevel = 'error';
    globalThis.ort = ortModule;
  }
  return ortModule;
}

Object.assign(globalThis.wayfarerBridge, {
  // Called through this object, not as `js.fetch` from Python: fetch needs the worker as `this`.
  async modelText(name) {
    const url = new URL(`models/${encodeURIComponent(name)}`, VENDOR);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`model file ${name} is missing (${response.status} from ${url.pathname})`);
    return response.text();
  },
  async onnxSession(name) {
    if (!ortSessions.has(name)) {
      const ort = await loadOrt();
      const url = new URL(`models/${encodeURIComponent(name)}`, VENDOR);
      const promise = (async () => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`model ${name} is missing (${response.status} from ${url.pathname})`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
      })();
      ortSessions.set(name, promise);
      promise.catch(() => ortSessions.delete(name));
    }
    return ortSessions.get(name);
  },
  // One model run per call from Python, which crosses into JavaScript once each way (each crossing
  // costs microseconds in Pyodide): `spec` is JSON [[input name, dims], ...] for the Float32Arrays
  // that follow; the answer is one Float32Array of all outputs when their layout is `knownLayout`
  // (what Python was told last time), else [JSON [[output name, dims], ...], that Float32Array].
  async onnxRunFloat32(session, spec, knownLayout, ...arrays) {
    const feeds = {};
    JSON.parse(spec).forEach(([name, dims], index) => {
      feeds[name] = new ortModule.Tensor('float32', arrays[index], dims);
    });
    const outputs = Object.entries(await session.run(feeds));
    const values = new Float32Array(outputs.reduce((total, [, tensor]) => total + tensor.data.length, 0));
    let offset = 0;
    for (const [, tensor] of outputs) {
      values.set(tensor.data, offset);
      offset += tensor.data.length;
    }
    const layout = JSON.stringify(outputs.map(([name, tensor]) => [name, tensor.dims]));
    return layout === knownLayout ? values : [layout, values];
  },
});

async function fetchOk(url, what) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} is missing: ${url.pathname} answered ${response.status}`);
  return response;
}

// A memory snapshot of Python right after `wayfarer.api` is imported, taken on the first boot of
// each app version and kept in Cache Storage: restoring it skips the interpreter's start-up (about
// 2 s here) and takes about 0.3 s. It holds no health data: it is taken before any call.
// Not named 'wayfarer-…': the service worker deletes those caches when a new version activates.
const SNAPSHOT_CACHE = 'python-snapshot';

async function readSnapshot(key) {
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    const response = await cache.match(key);
    return response ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;  // no Cache Storage (private mode): boot the long way
  }
}

async function keepSnapshot(key, snapshot) {
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    for (const old of await cache.keys()) {
      if (old.url !== key.href) await cache.delete(old);
    }
    await cache.put(key, new Response(snapshot, { headers: { 'Content-Type': 'application/octet-stream' } }));
  } catch (error) {
    console.warn(`Wayfarer: the Python snapshot was not kept (${error.message}); the next start is slower`);
  }
}

async function dropSnapshot(key) {
  try {
    await (await caches.open(SNAPSHOT_CACHE)).delete(key);
  } catch {
    // nothing to drop
  }
}

async function bootPython(onProgress) {
  const started = performance.now();
  const marks = {};
  const step = async (stage, percent) => {
    marks[stage] = Math.round(performance.now() - started);
    if (onProgress) await onProgress(stage, percent);
  };
  await step('runtime', 5);
  const [{ loadPyodide }, bootConfig] = await Promise.all([
    import('./vendor/pyodide/pyodide.mjs'),
    fetchOk(new URL('boot.json', VENDOR), 'the boot configuration').then((response) => response.json()),
  ]);
  const options = {
    indexURL: new URL('pyodide/', VENDOR).href,
    stdout: (line) => console.log(`[python] ${line}`),
    stderr: (line) => console.warn(`[python] ${line}`),
  };
  const snapshotKey = new URL(`__python-snapshot__/${bootConfig.snapshot_key}`, VENDOR);
  const wheels = Promise.all(bootConfig.wheels.map((path) => fetchOk(new URL(path, VENDOR),
    `the Python package ${path}`).then((response) => response.arrayBuffer())));
  // The snapshot keeps Python's memory, not the files: the wheel is unpacked again either way, so
  // modules and data imported later (wayfarer.privacy, the vocabulary) are there.
  const unpackWheels = async () => {
    for (const buffer of await wheels) pyodide.unpackArchive(buffer, 'wheel');
  };
  const snapshot = await readSnapshot(snapshotKey);
  if (snapshot) {
    try {
      pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot });
      await unpackWheels();
      // The snapshot froze the state of Python's `random`; give it fresh entropy.
      pyodide.runPython(
        'import importlib, sys\nimportlib.invalidate_caches()\n'
        + 'if "random" in sys.modules: sys.modules["random"].seed()',
      );
      marks.snapshot = true;
    } catch (error) {
      console.warn(`Wayfarer: the Python snapshot could not be used (${error.message}); starting afresh`);
      await dropSnapshot(snapshotKey);
      pyodide = null;
    }
  }
  if (!pyodide) {
    pyodide = await loadPyodide({ ...options, _makeSnapshot: true });
    await step('python', 70);
    await unpackWheels();
    await step('install', 85);
    pyodide.pyimport('wayfarer.api');
    keepSnapshot(snapshotKey, pyodide.makeMemorySnapshot());
  }
  const api = pyodide.pyimport('wayfarer.api');
  callJson = api.call_json;
  const version = pyodide.runPython('import wayfarer; wayfarer.__version__');
  await step('ready', 100);
  marks.total = Math.round(performance.now() - started);
  return { version, marks, crossOriginIsolated: self.crossOriginIsolated === true };
}

const api = {
  boot(onProgress) {
    if (!booting) booting = bootPython(onProgress);
    return booting;
  },
  async call(name, argsJson) {
    if (!callJson) await api.boot();
    return callJson(name, argsJson);
  },
  // A batch of one characteristic's notifications, transferred from the page: the payloads back to
  // back in `buffer` (an ArrayBuffer), one byte count each in `lengths` (Uint16Array) and one receive
  // time each in `times` (Float64Array, ms since 1970), and the device's name for people (`label`).
  // Python copies the bytes into wasm memory once (wayfarer._bridge.buffers) and answers with the
  // JSON acknowledgement (wayfarer.ingest). An empty batch asks for waiting readings to be saved now.
  async ingest(device, uuid, buffer, lengths, times, label = null) {
    if (!ingestJson) {
      await api.boot();
      ingestJson = pyodide.pyimport('wayfarer.ingest').ingest_json;
    }
    return ingestJson(device, uuid, new Uint8Array(buffer), lengths, times, label);
  },
};

Comlink.expose(api);
