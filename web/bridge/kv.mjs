// IndexedDB key-value access for wayfarer._bridge.kv. One database, a few object stores; values are
// bytes (Uint8Array, already encrypted by Python) or CryptoKey objects (structured-cloned by the
// browser, so a non-extractable key is kept without ever being exported).
const DB_NAME = 'wayfarer';
const DB_VERSION = 1;
const STORES = ['keys', 'meta', 'records', 'inbox', 'local', 'quarantine'];
let opening = null;

const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        for (const name of STORES) {
          if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
        }
      };
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => { db.close(); opening = null; };
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('the health store is open in another tab that must be closed first'));
    });
    opening.catch(() => { opening = null; });
  }
  return opening;
}

const copy = (value) => (value instanceof Uint8Array ? value.slice() : value);

Object.assign((globalThis.wayfarerBridge ??= {}), {
  async kvGet(store, key) {
    const db = await open();
    // undefined (not null) when missing: Pyodide turns undefined into None.
    return done(db.transaction(store, 'readonly').objectStore(store).get(key));
  },
  async kvAll(store) {
    const db = await open();
    const tx = db.transaction(store, 'readonly');
    const [keys, values] = await Promise.all([
      done(tx.objectStore(store).getAllKeys()),
      done(tx.objectStore(store).getAll()),
    ]);
    return keys.map((key, i) => [key, values[i]]);
  },
  // ops: [[op, store, key, value]] with op 'put' or 'delete', all in one transaction.
  async kvWrite(ops) {
    const db = await open();
    const names = [...new Set(ops.map((op) => op[1]))];
    const tx = db.transaction(names, 'readwrite', { durability: 'strict' });
    for (const [op, store, key, value] of ops) {
      if (op === 'put') tx.objectStore(store).put(copy(value), key);
      else tx.objectStore(store).delete(key);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('the health store refused the write'));
    });
  },
  async kvDestroy() {
    if (opening) {
      const db = await opening.catch(() => null);
      if (db) db.close();
      opening = null;
    }
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('the health store is open in another tab; close it to erase'));
    });
  },
});
