// One string catalogue per UI language, English first; a missing key falls back to English.
const SUPPORTED = ['en', 'de', 'es', 'fr'];
const RTL = new Set(['ar', 'he', 'fa', 'ur']);
const catalogues = new Map();

async function loadCatalogue(lang) {
  if (!catalogues.has(lang)) {
    catalogues.set(lang, fetch(new URL(`./i18n/${lang}.json`, import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`no catalogue for ${lang}`);
      return r.json();
    }));
  }
  return catalogues.get(lang);
}

export function pickLanguage(preferred) {
  for (const tag of preferred) {
    const base = String(tag || '').toLowerCase().split(/[-_]/)[0];
    if (SUPPORTED.includes(base)) return base;
  }
  return 'en';
}

export function supportedLanguages() {
  return [...SUPPORTED];
}

export class I18n {
  constructor() {
    this.lang = 'en';
    this.strings = {};
    this.fallback = {};
  }

  async use(lang) {
    this.fallback = await loadCatalogue('en');
    this.lang = SUPPORTED.includes(lang) ? lang : 'en';
    this.strings = this.lang === 'en' ? this.fallback : await loadCatalogue(this.lang).catch(() => ({}));
    document.documentElement.lang = this.lang;
    document.documentElement.dir = RTL.has(this.lang) ? 'rtl' : 'ltr';
    return this;
  }

  t(key, params = {}) {
    const template = this.strings[key] ?? this.fallback[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
  }

  has(key) {
    return key in this.strings;
  }

  apply(root = document) {
    for (const element of root.querySelectorAll('[data-i18n]')) {
      element.textContent = this.t(element.dataset.i18n);
    }
  }
}
