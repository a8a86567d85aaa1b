// Web Crypto helpers that wayfarer._bridge.webcrypto calls from Python. Keys stay CryptoKey objects
// (private and secret keys non-extractable unless Python asks for a key it must wrap); this module
// keeps no key of its own, so dropping Python's handles drops the keys.
const subtle = crypto.subtle;
const AES = { name: 'AES-GCM', length: 256 };
const EC = (name) => ({ name, namedCurve: 'P-256' });

// Inputs arrive as Uint8Array; Web Crypto copies them when called, so no input is kept.
const gcm = (iv, ad) => ({ name: 'AES-GCM', iv, additionalData: ad, tagLength: 128 });
const publicJwk = async (key) => {
  const { kty, crv, x, y } = await subtle.exportKey('jwk', key);
  return { kty, crv, x, y };
};
const importPublic = (jwk, name, usages) =>
  subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true }, EC(name), true, usages);

Object.assign((globalThis.wayfarerBridge ??= {}), {
  cryptoAesGenerate(extractable) {
    return subtle.generateKey(AES, extractable, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  },
  async cryptoAesEncrypt(key, iv, ad, data) {
    return new Uint8Array(await subtle.encrypt(gcm(iv, ad), key, data));
  },
  async cryptoAesDecrypt(key, iv, ad, data) {
    return new Uint8Array(await subtle.decrypt(gcm(iv, ad), key, data));
  },
  // Many records in one call: inputs packed as one blob each plus lengths, so Python crosses the
  // bridge once per batch instead of once per record. Answers { blob, lengths }.
  async cryptoAesMany(decrypting, key, ivs, adBlob, adLengths, dataBlob, dataLengths) {
    const jobs = [];
    let adAt = 0;
    let dataAt = 0;
    for (let i = 0; i < adLengths.length; i++) {
      const params = gcm(ivs.slice(i * 12, i * 12 + 12), adBlob.slice(adAt, adAt + adLengths[i]));
      const data = dataBlob.slice(dataAt, dataAt + dataLengths[i]);
      adAt += adLengths[i];
      dataAt += dataLengths[i];
      jobs.push(decrypting ? subtle.decrypt(params, key, data) : subtle.encrypt(params, key, data));
    }
    const results = (await Promise.all(jobs)).map((buffer) => new Uint8Array(buffer));
    const blob = new Uint8Array(results.reduce((sum, r) => sum + r.length, 0));
    let at = 0;
    for (const r of results) { blob.set(r, at); at += r.length; }
    return { blob, lengths: results.map((r) => r.length) };
  },
  async cryptoPbkdf2Kek(secret, salt, iterations) {
    const base = await subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
    return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, AES, false,
      ['wrapKey', 'unwrapKey']);
  },
  async cryptoHkdfKey(ikm, salt, info, usage) {
    const base = await subtle.importKey('raw', ikm, 'HKDF', false, ['deriveKey']);
    const usages = usage === 'wrap' ? ['wrapKey', 'unwrapKey'] : ['encrypt', 'decrypt'];
    return subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info }, base, AES, false, usages);
  },
  async cryptoWrap(format, key, kek, iv, ad) {
    return new Uint8Array(await subtle.wrapKey(format, key, kek, gcm(iv, ad)));
  },
  cryptoUnwrapAes(wrapped, kek, iv, ad, extractable) {
    return subtle.unwrapKey('raw', wrapped, kek, gcm(iv, ad), AES, extractable,
      ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  },
  cryptoUnwrapEcdh(wrapped, kek, iv, ad) {
    return subtle.unwrapKey('pkcs8', wrapped, kek, gcm(iv, ad), EC('ECDH'), false, ['deriveBits']);
  },
  async cryptoEcGenerate(name, extractable) {
    const usages = name === 'ECDSA' ? ['sign', 'verify'] : ['deriveBits'];
    const pair = await subtle.generateKey(EC(name), extractable, usages);
    return { privateKey: pair.privateKey, publicJwk: await publicJwk(pair.publicKey) };
  },
  async cryptoSign(privateKey, data) {
    return new Uint8Array(await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, data));
  },
  async cryptoVerify(jwk, data, signature) {
    const key = await importPublic(jwk, 'ECDSA', ['verify']);
    return subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, data);
  },
  async cryptoDeriveBits(privateKey, peerJwk) {
    const peer = await importPublic(peerJwk, 'ECDH', []);
    return new Uint8Array(await subtle.deriveBits({ name: 'ECDH', public: peer }, privateKey, 256));
  },
});
