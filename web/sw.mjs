// Precache every file of one app version; serve only from that version's cache.
// A new version installs in the background and waits: it takes over when no page of the old
// version is open, or when the user taps "Update" (message SKIP_WAITING). Old caches are deleted
// on activation, so versions never mix.
import { VERSION, FILES } from './vendor/precache-manifest.mjs';

const PREFIX = 'wayfarer-';
const CACHE = `${PREFIX}${VERSION}`;
const scope = new URL(self.registration.scope);

async function sha256Hex16(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(FILES.map(async ({ url, hash }) => {
    const target = new URL(url, scope);
    if (await cache.match(target)) return;
    // Revalidate: an unchanged file costs a 304 because the page has just loaded it.
    const response = await fetch(target, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`precache: ${target.pathname} answered ${response.status}`);
    const body = await response.clone().arrayBuffer();
    if ((await sha256Hex16(body)) !== hash) {
      throw new Error(`precache: ${target.pathname} is not the version ${VERSION} expects; will retry`);
    }
    await cache.put(target, response);
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data && event.data.type === 'VERSION') event.source.postMessage({ type: 'VERSION', version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const key = request.mode === 'navigate' ? new URL('./index.html', scope) : url;
    const cached = await cache.match(key, { ignoreSearch: true });
    if (cached) return cached;
    return fetch(request);
  })());
});
