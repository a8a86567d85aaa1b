// The app shell: boots the Python worker, exposes window.wayfarer, routes between screens,
// and keeps the service worker's updates safe. Screens talk to Python only via app.call.
import * as Comlink from './vendor/comlink/comlink.mjs';
import { I18n, pickLanguage } from './i18n.mjs';

import { SCREENS } from './screens/registry.mjs';

const SCREEN_LOADERS = Object.fromEntries(SCREENS.map((screen) => [screen.id, screen.load]));
const TEXT_SCALES = { normal: 1, large: 1.25, larger: 1.5 };
const settingsKey = 'wayfarer.settings';

function loadSettings() {
  try {
    return { textSize: 'normal', language: null, ...JSON.parse(localStorage.getItem(settingsKey) || '{}') };
  } catch {
    return { textSize: 'normal', language: null };
  }
}

class PythonError extends Error {}

function startWorker(onProgress) {
  const worker = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module', name: 'wayfarer-python' });
  const remote = Comlink.wrap(worker);
  let crash;
  const crashed = new Promise((_, reject) => { crash = reject; });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const where = event.filename ? ` (${event.filename.split('/').pop()}:${event.lineno})` : '';
    crash(new Error(`the Python worker stopped: ${event.message || 'it could not be loaded'}${where}`));
  });
  worker.addEventListener('messageerror', () => crash(new Error('the Python worker sent a message that could not be read')));
  const ready = Promise.race([remote.boot(Comlink.proxy(onProgress)), crashed]);
  return { remote, ready, crashed };
}

// The worker starts at once, before the UI strings load, and window.wayfarer exists as soon as
// this module runs, so a caller never finds it missing.
const progressListeners = new Set();
let lastProgress = ['runtime', 0];
const worker = startWorker((stage, percent) => {
  lastProgress = [stage, percent];
  for (const listener of progressListeners) listener(stage, percent);
});
const ready = worker.ready;
ready.then(() => performance.mark('wayfarer-python-ready'), () => {});

// The worker answers {"ok": result} or {"error": {name, message}}: an Error named after the Python
// exception's class.
function unwrap(text) {
  const answer = JSON.parse(text);
  if (answer.error) {
    const error = new PythonError(answer.error.message);
    error.name = answer.error.name;
    throw error;
  }
  return answer.ok;
}

async function call(name, ...args) {
  if (typeof name !== 'string') throw new TypeError('wayfarer.call needs a function name');
  await ready;
  const text = await Promise.race([worker.remote.call(name, JSON.stringify(args)), worker.crashed]);
  return unwrap(text);
}

// One batch of Bluetooth notifications to the worker, its three buffers transferred (not copied).
// Resolves to the acknowledgement: what Python parsed, checked and saved (see wayfarer.ingest).
// `label` is the device's name for people ("Polar H10"), for the activity log.
async function ingest(device, uuid, buffer, lengths, times, label = null) {
  await ready;
  const text = await Promise.race([
    worker.remote.ingest(device, uuid, Comlink.transfer(buffer, [buffer]),
      Comlink.transfer(lengths, [lengths.buffer]), Comlink.transfer(times, [times.buffer]), label),
    worker.crashed,
  ]);
  return unwrap(text);
}

window.wayfarer = Object.freeze({ ready, call });
window.wayfarerScreens = Object.freeze(SCREENS.map((screen) => screen.id));

async function main() {
  const settings = loadSettings();
  const i18n = await new I18n().use(settings.language || pickLanguage(navigator.languages || [navigator.language]));
  document.documentElement.style.setProperty('--text-scale', TEXT_SCALES[settings.textSize] || 1);
  i18n.apply();

  const bootBox = document.getElementById('boot');
  const bootText = document.getElementById('boot-text');
  const bootBar = document.getElementById('boot-progress');
  const onProgress = (stage, percent) => {
    bootText.textContent = i18n.t(`boot.${stage}`);
    bootBar.value = percent;
  };
  progressListeners.add(onProgress);
  onProgress(...lastProgress);

  ready.then(() => {
    bootBox.dataset.state = 'ready';
    onProgress('ready', 100);
  }, (error) => {
    const reason = error && error.message ? error.message : String(error);
    console.error(`Wayfarer: the health engine could not start: ${reason}`);
    bootBox.dataset.state = 'failed';
    bootText.textContent = i18n.t('boot.failed', { reason });
    if (!bootBox.querySelector('button')) {
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.className = 'button';
      retry.textContent = i18n.t('boot.retry');
      retry.addEventListener('click', () => location.reload());
      bootBox.append(retry);
    }
  });

  const app = { i18n, call, ingest, ready, settings, saveSettings };
  app.profile = async () => (await import('./profile-access.mjs')).currentProfile(app);
  // Ask once that the browser never evicts health data; the answer shows in Settings.
  if (navigator.storage && navigator.storage.persist) {
    app.persisted = navigator.storage.persisted().then((yes) => yes || navigator.storage.persist()).catch(() => false);
  } else {
    app.persisted = Promise.resolve(false);
  }

  function saveSettings(changes) {
    Object.assign(settings, changes);
    localStorage.setItem(settingsKey, JSON.stringify(settings));
    document.documentElement.style.setProperty('--text-scale', TEXT_SCALES[settings.textSize] || 1);
  }

  const main = document.getElementById('main');
  let rendering = 0;
  async function route() {
    const ticket = ++rendering;
    const id = (location.hash.replace(/^#\/?/, '') || 'home').split('/')[0];
    const loader = SCREEN_LOADERS[id];
    for (const link of document.querySelectorAll('nav.bottom a')) {
      if (link.dataset.screen === id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    main.replaceChildren();
    if (!loader) {
      const p = document.createElement('p');
      p.className = 'message error';
      p.textContent = i18n.t('error.unknown_screen');
      main.append(p);
      return;
    }
    const screen = (await loader()).default;
    if (ticket !== rendering) return;
    document.title = `${i18n.t(screen.title)} · ${i18n.t('app.title')}`;
    await screen.render(main, app);
    i18n.apply(main);
    main.dataset.screen = id;
    if (route.moved) main.focus();
    route.moved = true;
  }
  window.addEventListener('hashchange', route);
  app.rerender = route;
  await route();
  performance.mark('wayfarer-interactive');


  // Register after Python is up so the precache revalidates what the page just loaded (304s).
  ready.then(() => registerServiceWorker(i18n)).catch(() => {});
}

async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register('./sw.mjs', { type: 'module', updateViaCache: 'none' });
  window.wayfarerServiceWorker = registration;
  const banner = document.getElementById('update-banner');
  let updateChosen = false;
  const offer = (waiting) => {
    if (!waiting || !navigator.serviceWorker.controller) return;
    banner.hidden = false;
    document.getElementById('update-button').onclick = () => {
      updateChosen = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    };
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  // Only the user's "Update" reloads the page: the first install's claim must not interrupt them.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updateChosen) location.reload();
  });
}

main().catch((error) => {
  console.error('Wayfarer could not start', error);
  const box = document.getElementById('boot');
  box.dataset.state = 'failed';
  document.getElementById('boot-text').textContent = `Wayfarer could not start: ${error.message}`;
});
