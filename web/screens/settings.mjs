import { supportedLanguages } from '../i18n.mjs';

const LANGUAGE_NAMES = { en: 'English', de: 'Deutsch', es: 'Español', fr: 'Français' };

function radioGroup(legendText, name, options, current, onChange) {
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = legendText;
  fieldset.append(legend);
  for (const [value, label] of options) {
    const wrapper = document.createElement('label');
    wrapper.className = 'choice';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.checked = value === current;
    input.addEventListener('change', () => onChange(value));
    wrapper.append(input, document.createTextNode(label));
    fieldset.append(wrapper);
  }
  return fieldset;
}

export default {
  title: 'settings.title',
  async render(root, app) {
    const { i18n } = app;
    const heading = document.createElement('h2');
    heading.textContent = i18n.t('settings.title');

    const size = radioGroup(i18n.t('settings.text_size'), 'text-size', [
      ['normal', i18n.t('settings.text_normal')],
      ['large', i18n.t('settings.text_large')],
      ['larger', i18n.t('settings.text_larger')],
    ], app.settings.textSize, (textSize) => app.saveSettings({ textSize }));

    const language = radioGroup(i18n.t('settings.language'), 'language',
      supportedLanguages().map((code) => [code, LANGUAGE_NAMES[code] || code]), i18n.lang,
      async (code) => {
        app.saveSettings({ language: code });
        await i18n.use(code);
        i18n.apply();
        await app.rerender();
      });

    const storage = document.createElement('fieldset');
    const storageLegend = document.createElement('legend');
    storageLegend.textContent = i18n.t('settings.storage');
    const storageText = document.createElement('p');
    storageText.id = 'storage-status';
    storage.append(storageLegend, storageText);
    app.persisted.then((yes) => {
      storageText.textContent = i18n.t(yes ? 'settings.storage_persisted' : 'settings.storage_best_effort');
    });

    const about = document.createElement('fieldset');
    const aboutLegend = document.createElement('legend');
    aboutLegend.textContent = i18n.t('settings.about');
    const facts = document.createElement('dl');
    facts.className = 'facts';
    const dt = document.createElement('dt');
    dt.textContent = i18n.t('settings.version');
    const dd = document.createElement('dd');
    dd.id = 'app-version';
    dd.textContent = '…';
    facts.append(dt, dd);
    const check = document.createElement('button');
    check.type = 'button';
    check.className = 'button secondary';
    check.id = 'engine-check';
    check.textContent = i18n.t('settings.check');
    const result = document.createElement('p');
    result.setAttribute('role', 'status');
    result.id = 'engine-check-result';
    check.addEventListener('click', async () => {
      const started = performance.now();
      try {
        await app.call('bridge.selftest', [[0.1, 0.2, 0.3, 0.4]]);
        result.className = 'message';
        result.textContent = i18n.t('settings.check_ok', { ms: Math.round(performance.now() - started) });
      } catch (error) {
        result.className = 'message error';
        result.textContent = i18n.t('settings.check_failed', { reason: error.message });
      }
    });
    about.append(aboutLegend, facts, check, result);
    app.call('version').then((v) => { dd.textContent = v; }, () => { dd.textContent = '—'; });

    root.append(heading, size, language, storage, about);
  },
};
