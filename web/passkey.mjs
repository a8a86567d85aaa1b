// Passkeys with the WebAuthn PRF extension: the page asks the authenticator for a 32-byte secret
// that unlocks the health store (the worker cannot: WebAuthn exists only in pages). Nothing is sent
// anywhere: there is no server, so the challenge is random and only the PRF output matters.
const encode = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const decode = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const random = (n) => crypto.getRandomValues(new Uint8Array(n));

export function passkeysAvailable() {
  return typeof window.PublicKeyCredential === 'function' && !!navigator.credentials && window.isSecureContext;
}

export class PasskeyError extends Error {
  constructor(message) { super(message); this.name = 'PasskeyError'; }
}

// The PRF output for `prfSalt` (base64url) from the passkey `credentialId` (base64url).
export async function passkeyPrf(credentialId, prfSalt) {
  const assertion = await navigator.credentials.get({
    publicKey: {
      challenge: random(32),
      allowCredentials: [{ type: 'public-key', id: decode(credentialId) }],
      userVerification: 'required',
      extensions: { prf: { eval: { first: decode(prfSalt) } } },
    },
  });
  const first = assertion?.getClientExtensionResults().prf?.results?.first;
  if (!first) throw new PasskeyError('This passkey cannot unlock your records (it has no PRF support).');
  return encode(first);
}

// Make a passkey on this device and read its PRF output once. Returns { credentialId, prfOutput }.
export async function createPasskey(prfSalt, label) {
  const credential = await navigator.credentials.create({
    publicKey: {
      rp: { name: 'Wayfarer Health' },
      user: { id: random(16), name: label, displayName: label },
      challenge: random(32),
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }, { type: 'public-key', alg: -257 }],
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      extensions: { prf: { eval: { first: decode(prfSalt) } } },
    },
  });
  const prf = credential?.getClientExtensionResults().prf;
  if (!prf?.enabled) throw new PasskeyError('This device cannot use a passkey to unlock your records.');
  const credentialId = encode(credential.rawId);
  const prfOutput = prf.results?.first ? encode(prf.results.first) : await passkeyPrf(credentialId, prfSalt);
  return { credentialId, prfOutput };
}
