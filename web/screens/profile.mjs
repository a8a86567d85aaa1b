// "My health profile": the profile in short steps, each saved to the encrypted store on its own, so
// any step can be skipped and finished later. Conditions, medicines, allergies and devices are picked
// from the coded vocabulary (terms.search through profile.pick) in the person's language; free text
// only ever goes beside a concept as a note. Python checks every step (profile.save_step): an error
// names its field, and a likely unit slip is shown with its conversion for the person to accept or
// reject — nothing is converted silently. Health data lives only in the store and in this screen's
// memory while it is open.

const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
};

const NUMBER = /^[-+]?\d+([.,]\d+)?$/;
const SEX = ['female', 'male', 'intersex', 'unknown'];
const BLOOD_TYPES = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'];
const SEVERITIES = ['mild', 'moderate', 'severe', 'anaphylaxis'];
const DOSE_UNITS = ['mg', 'g', 'mcg', 'mL', 'IU', 'unit', 'puff', 'drop', 'tablet', 'capsule', 'patch', 'L/min'];
const FUNCTION_CHOICES = {
  mobility: ['independent', 'walking_aid', 'wheelchair', 'bedbound'],
  cognition: ['normal', 'mild_impairment', 'dementia'],
  hearing: ['normal', 'impaired', 'hearing_aid', 'cochlear_implant', 'deaf'],
  vision: ['normal', 'glasses', 'impaired', 'blind'],
};
const PROXY_SCOPES = ['medical_decisions', 'speak_to_doctors', 'view_records', 'receive_alerts'];
const BASELINES = [
  ['heart_rate', '/min'], ['systolic_bp', 'mmHg'], ['diastolic_bp', 'mmHg'], ['spo2', '%'],
  ['resp_rate', '/min'], ['temperature', '°C'], ['blood_glucose', 'mmol/L'],
];
const UNITS = { height_cm: 'cm', weight_kg: 'kg', low: '%', high: '%', ...Object.fromEntries(BASELINES) };
const CONCEPT_LISTS = ['conditions', 'medicines', 'allergies', 'devices'];

// Path helpers for issue fields such as "medicines[0].dose.amount".
function pathParts(path) {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

function getParts(object, parts) {
  let node = object;
  for (const part of parts) {
    if (node === null || node === undefined) return undefined;
    node = node[part];
  }
  return node;
}

const getPath = (object, path) => getParts(object, pathParts(path));

function setPath(object, path, value) {
  const parts = pathParts(path);
  let node = object;
  parts.slice(0, -1).forEach((part, i) => {
    if (node[part] === null || node[part] === undefined || typeof node[part] !== 'object') {
      node[part] = typeof parts[i + 1] === 'number' ? [] : {};
    }
    node = node[part];
  });
  node[parts[parts.length - 1]] = value;
}

// Strings trimmed; empty strings, nulls, empty lists and empty objects left out of objects. List
// items stay in place (emptied to {}) so an issue's index still points at the item on screen.
function clean(value) {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) return value.map((item) => { const c = clean(item); return c === null ? {} : c; });
  if (value && typeof value === 'object') {
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      const c = clean(item);
      const empty = c === null || (Array.isArray(c) && !c.length) || (c && typeof c === 'object' && !Array.isArray(c) && !Object.keys(c).length);
      if (!empty) out[key] = c;
    }
    return Object.keys(out).length ? out : null;
  }
  return value === undefined ? null : value;
}

function idFor(path) {
  return `profile-${path.replace(/[^a-zA-Z0-9_]+/g, '-')}`;
}

export default {
  title: 'profile.title',
  async render(root, app) {
    const { i18n } = app;
    const lang = i18n.lang;
    const t = (key, params) => i18n.t(`profile.${key}`, params);
    const known = (key) => i18n.t(key) !== key;
    const displays = new Map();
    let state = null;
    let view = 'list';
    let stepIndex = 0;
    let work = {};
    let problems = [];
    let confirmations = new Set();
    let notice = null;
    let busy = false;

    const stepIds = () => state.steps.map((step) => step.id);
    const stepTitle = (id) => t(`step.${id}`);

    function remember(answer) {
      state = answer;
      for (const [id, display] of Object.entries(answer.displays || {})) displays.set(id, display);
    }

    // ---- how values and fields are named ----------------------------------------------------------

    // "medicines[0].dose.amount" → "Apixaban – Dose – Amount"; "emergency_contacts[1].phone" →
    // "Contact 2 – Phone number". Items are looked up in the form being edited, then in the saved draft.
    function fieldLabel(path) {
      const parts = pathParts(path);
      const words = [];
      parts.forEach((part, i) => {
        if (typeof part !== 'number') {
          words.push(known(`profile.field.${part}`) ? t(`field.${part}`) : part.replace(/_/g, ' '));
          return;
        }
        const upTo = parts.slice(0, i + 1);
        const item = getParts(work, upTo) ?? getParts(state.draft, upTo);
        const concept = item && item.concept_id && displays.get(item.concept_id);
        words[words.length - 1] = concept ? concept.text : t('item_number', { what: t(`item.${parts[i - 1]}`), number: part + 1 });
      });
      return words.join(' – ');
    }

    function termNode(display, conceptId) {
      const wrap = el('span', { class: 'profile-term' });
      if (!display) {
        wrap.append(el('span', { text: conceptId }));
        return wrap;
      }
      wrap.append(el('span', { class: 'profile-term-text', lang: display.lang, dir: display.dir, text: display.text }));
      if (display.code && !display.fallback) wrap.append(' ', el('span', { class: 'profile-code', text: display.code }));
      if (display.fallback) wrap.append(el('span', { class: 'note profile-flag', text: t('term_fallback') }));
      if (!display.reviewed) wrap.append(el('span', { class: 'note profile-flag', text: t('term_unreviewed') }));
      return wrap;
    }

    function optionLabel(field, value) {
      const key = `profile.option.${field}.${value}`;
      if (known(key)) return i18n.t(key);
      if (value === true) return t('yes');
      if (value === false) return t('no');
      return String(value);
    }

    // ---- controls bound to `work` -----------------------------------------------------------------

    function textControl(path, labelKey, { hint, autocomplete = 'off', type = 'text', inputmode } = {}) {
      const id = idFor(path);
      const value = getPath(work, path);
      const input = el('input', { id, type, class: 'big-input profile-input', autocomplete, inputmode, spellcheck: 'false' });
      input.value = value === undefined || value === null ? '' : String(value);
      input.addEventListener('input', () => setPath(work, path, input.value));
      const nodes = [el('label', { for: id, class: 'big-label', text: t(`field.${labelKey}`) }), input];
      if (hint) {
        input.setAttribute('aria-describedby', `${id}-hint`);
        nodes.push(el('p', { id: `${id}-hint`, class: 'note', text: t(`hint.${hint}`) }));
      }
      return el('div', { class: 'stack profile-control' }, ...nodes);
    }

    function numberControl(path, labelKey, hint) {
      const unit = UNITS[pathParts(path).at(-1)];
      const box = textControl(path, labelKey, { hint, inputmode: 'decimal' });
      const input = box.querySelector('input');
      input.classList.add('profile-number');
      if (unit) box.querySelector('label').textContent = `${t(`field.${labelKey}`)} (${unit})`;
      input.addEventListener('input', () => {
        const text = input.value.trim();
        // Text, not type=number, so "74,8" works; anything else goes to Python, which names the field.
        setPath(work, path, text === '' ? null : NUMBER.test(text) ? Number(text.replace(',', '.')) : text);
      });
      return box;
    }

    function dateControl(path, labelKey, hint) {
      return textControl(path, labelKey, { hint, type: 'date' });
    }

    function choiceControl(path, field, options, { unknownLabel = 'not_sure' } = {}) {
      const name = idFor(path);
      const set = el('fieldset', {}, el('legend', { text: t(`field.${field}`) }));
      const current = getPath(work, path);
      const all = unknownLabel ? [...options, null] : options;
      all.forEach((option, i) => {
        const input = el('input', { type: 'radio', name, id: `${name}-${i}`, value: String(option) });
        input.checked = option === null ? current === undefined || current === null : current === option;
        input.addEventListener('change', () => setPath(work, path, option));
        set.append(el('label', { class: 'choice', for: input.id }, input,
          document.createTextNode(option === null ? t(unknownLabel) : optionLabel(field, option))));
      });
      return set;
    }

    function checkboxControl(path, field, options, labelNode) {
      const set = el('fieldset', {}, el('legend', { text: t(`field.${field}`) }));
      const chosen = new Set(getPath(work, path) || []);
      options.forEach((option) => {
        const input = el('input', { type: 'checkbox', id: `${idFor(path)}-${option}`, value: option });
        input.checked = chosen.has(option);
        input.addEventListener('change', () => {
          if (input.checked) chosen.add(option); else chosen.delete(option);
          setPath(work, path, options.filter((item) => chosen.has(item)));
        });
        set.append(el('label', { class: 'choice', for: input.id }, input, labelNode(option)));
      });
      return set;
    }

    function selectControl(path, field, options) {
      const id = idFor(path);
      const select = el('select', { id, class: 'profile-select' }, el('option', { value: '', text: t('choose') }));
      for (const option of options) select.append(el('option', { value: option, text: optionLabel(field, option) }));
      select.value = getPath(work, path) || '';
      select.addEventListener('change', () => setPath(work, path, select.value || null));
      return el('div', { class: 'stack profile-control' }, el('label', { for: id, class: 'big-label', text: t(`field.${field}`) }), select);
    }

    function timesControl(path) {
      const id = idFor(path);
      const input = el('input', { id, type: 'text', class: 'big-input profile-input', autocomplete: 'off', 'aria-describedby': `${id}-hint` });
      input.value = (getPath(work, path) || []).join(', ');
      input.addEventListener('input', () => setPath(work, path, input.value.split(/[,;\s]+/).filter(Boolean)));
      return el('div', { class: 'stack profile-control' },
        el('label', { for: id, class: 'big-label', text: t('field.times') }), input,
        el('p', { id: `${id}-hint`, class: 'note', text: t('hint.times') }));
    }

    function asNeededControl(path) {
      const input = el('input', { type: 'checkbox', id: idFor(path) });
      input.checked = getPath(work, path) === true;
      input.addEventListener('change', () => setPath(work, path, input.checked ? true : null));
      return el('label', { class: 'choice', for: input.id }, input, document.createTextNode(t('field.as_needed')));
    }

    function removeButton(list, index, what) {
      return el('button', {
        type: 'button', class: 'button secondary', text: t('remove', { what }),
        onclick: () => { work[list].splice(index, 1); drawStep(); },
      });
    }

    // A list of coded concepts, each with its own details, and a picker to add one.
    function conceptList(list, details) {
      const items = work[list] || (work[list] = []);
      const nodes = [];
      if (!items.length) nodes.push(el('p', { class: 'note', text: t(`empty.${list}`) }));
      items.forEach((item, index) => {
        const display = displays.get(item.concept_id);
        const legend = el('legend', {}, termNode(display, item.concept_id));
        const base = `${list}[${index}]`;
        nodes.push(el('fieldset', { class: 'stack profile-item' }, legend, ...details(base),
          removeButton(list, index, display ? display.text : item.concept_id)));
      });
      nodes.push(picker(list));
      return nodes;
    }

    function picker(list) {
      const id = `profile-pick-${list}`;
      const input = el('input', { id, type: 'search', class: 'big-input profile-input', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-hint` });
      const status = el('p', { id: `${id}-status`, class: 'note', role: 'status' });
      const results = el('ul', { id: `${id}-results`, class: 'profile-results' });
      let ticket = 0;
      let timer = null;
      const search = async () => {
        const text = input.value.trim();
        const mine = ++ticket;
        if (text.length < 2) { results.replaceChildren(); status.textContent = ''; return; }
        let found;
        try {
          found = await app.call('profile.pick', list, text, lang, 6);
        } catch (error) {
          status.textContent = error.message;
          return;
        }
        if (mine !== ticket) return;
        results.replaceChildren();
        for (const display of found) {
          const choose = el('button', { type: 'button', class: 'button secondary profile-result', 'data-concept': display.id }, termNode(display, display.id));
          choose.addEventListener('click', () => {
            displays.set(display.id, display);
            work[list].push({ concept_id: display.id });
            drawStep();
            root.querySelector(`#profile-pick-${list}`)?.focus();
            const added = root.querySelector(`#${id}-status`);
            if (added) added.textContent = t('added', { what: display.text });
          });
          results.append(el('li', {}, choose));
        }
        status.textContent = found.length ? t('found', { count: found.length }) : t('found_none');
      };
      input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 200); });
      return el('div', { class: 'stack profile-picker' },
        el('label', { for: id, class: 'big-label', text: t(`pick.${list}`) }), input,
        el('p', { id: `${id}-hint`, class: 'note', text: t('pick_hint') }), status, results);
    }

    // A list of plain records (contacts, destinations) with an "add" button.
    function recordList(list, details) {
      const what = pathParts(list).at(-1);
      const items = getPath(work, list) || [];
      setPath(work, list, items);
      const nodes = [];
      if (!items.length) nodes.push(el('p', { class: 'note', text: t(`empty.${what}`) }));
      items.forEach((_, index) => {
        const title = t('item_number', { what: t(`item.${what}`), number: index + 1 });
        const remove = el('button', {
          type: 'button', class: 'button secondary', text: t('remove', { what: title }),
          onclick: () => { items.splice(index, 1); drawStep(); },
        });
        nodes.push(el('fieldset', { class: 'stack profile-item' }, el('legend', { text: title }), ...details(`${list}[${index}]`), remove));
      });
      nodes.push(el('button', {
        type: 'button', class: 'button secondary', id: `profile-add-${what}`, text: t(`add.${what}`),
        onclick: () => {
          items.push({});
          drawStep();
          [...root.querySelectorAll('.profile-item')].at(-1)?.querySelector('input')?.focus();
        },
      }));
      return nodes;
    }

    function languageName(tag) {
      const mine = new Intl.DisplayNames([lang], { type: 'language' }).of(tag);
      const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
      const label = el('span', {}, document.createTextNode(mine));
      if (own && own !== mine) label.append(' (', el('span', { lang: tag, dir: tag === 'ar' ? 'rtl' : 'ltr', text: own }), ')');
      return label;
    }

    // ---- the steps --------------------------------------------------------------------------------

    const STEP_FORMS = {
      about: () => [
        textControl('given_name', 'given_name', { autocomplete: 'given-name' }),
        textControl('family_name', 'family_name', { autocomplete: 'family-name' }),
        textControl('preferred_name', 'preferred_name', { autocomplete: 'nickname' }),
        dateControl('date_of_birth', 'date_of_birth', 'date'),
        choiceControl('sex', 'sex', SEX, { unknownLabel: null }),
      ],
      body: () => [
        numberControl('height_cm', 'height_cm'),
        numberControl('weight_kg', 'weight_kg'),
        choiceControl('blood_type', 'blood_type', BLOOD_TYPES),
      ],
      languages: () => [checkboxControl('languages_spoken', 'languages_spoken', state.languages, languageName)],
      conditions: () => conceptList('conditions', (base) => [
        textControl(`${base}.onset`, 'onset', { hint: 'onset' }),
        textControl(`${base}.notes`, 'notes', { hint: 'notes' }),
      ]),
      medicines: () => conceptList('medicines', (base) => [
        numberControl(`${base}.dose.amount`, 'amount'),
        selectControl(`${base}.dose.unit`, 'unit', DOSE_UNITS),
        timesControl(`${base}.schedule.times`),
        asNeededControl(`${base}.schedule.as_needed`),
        textControl(`${base}.schedule.instructions`, 'instructions'),
      ]),
      allergies: () => conceptList('allergies', (base) => [
        choiceControl(`${base}.severity`, 'severity', SEVERITIES),
        textControl(`${base}.reaction`, 'reaction', { hint: 'notes' }),
      ]),
      devices: () => conceptList('devices', (base) => [
        dateControl(`${base}.implanted_on`, 'implanted_on', 'date'),
        textControl(`${base}.model`, 'model'),
        choiceControl(`${base}.mri_conditional`, 'mri_conditional', [true, false]),
      ]),
      vitals: () => [
        el('p', { text: t('intro.vitals') }),
        ...BASELINES.map(([name]) => numberControl(`baseline_vitals.${name}`, name)),
        el('p', { text: t('intro.target') }),
        numberControl('target_spo2_range.low', 'low'),
        numberControl('target_spo2_range.high', 'high'),
      ],
      hypercapnic: () => [
        el('p', { text: t('intro.hypercapnic') }),
        choiceControl('hypercapnic_respiratory_failure_confirmed', 'hypercapnic_respiratory_failure_confirmed', [true, false], { unknownLabel: null }),
        textControl('hypercapnic_confirmed_by', 'hypercapnic_confirmed_by', { hint: 'clinician' }),
        dateControl('hypercapnic_confirmed_on', 'hypercapnic_confirmed_on', 'date'),
      ],
      function: () => Object.entries(FUNCTION_CHOICES).map(([field, options]) => choiceControl(field, field, options)),
      directives: () => [
        choiceControl('advance_directives.do_not_resuscitate', 'do_not_resuscitate', [true, false]),
        choiceControl('advance_directives.organ_donor', 'organ_donor', [true, false]),
        textControl('advance_directives.document_location', 'document_location', { hint: 'document_location' }),
      ],
      contacts: () => recordList('emergency_contacts', (base) => [
        textControl(`${base}.name`, 'name', { autocomplete: 'off' }),
        textControl(`${base}.phone`, 'phone', { type: 'tel', hint: 'phone' }),
        textControl(`${base}.relationship`, 'relationship'),
      ]),
      proxy: () => [
        el('p', { text: t('intro.proxy') }),
        textControl('proxy.name', 'name'),
        textControl('proxy.phone', 'phone', { type: 'tel', hint: 'phone' }),
        textControl('proxy.relationship', 'relationship'),
        checkboxControl('proxy.scope', 'scope', PROXY_SCOPES, (option) => document.createTextNode(optionLabel('scope', option))),
        textControl('proxy.document_location', 'document_location', { hint: 'document_location' }),
      ],
      insurance: () => [
        textControl('insurance.provider', 'provider'),
        textControl('insurance.policy_number', 'policy_number'),
        textControl('insurance.phone', 'phone', { type: 'tel', hint: 'phone' }),
        textControl('insurance.country', 'country', { hint: 'country' }),
        textControl('ehic_number', 'ehic_number', { hint: 'ehic' }),
      ],
      doctor: () => [
        textControl('home_doctor.name', 'name'),
        textControl('home_doctor.phone', 'phone', { type: 'tel', hint: 'phone' }),
        textControl('home_doctor.address', 'address'),
        textControl('home_doctor.country', 'country', { hint: 'country' }),
      ],
      travel: () => [
        textControl('travel_plan.current_country', 'current_country', { hint: 'country' }),
        ...recordList('travel_plan.destinations', (base) => [
          textControl(`${base}.country`, 'country', { hint: 'country' }),
          textControl(`${base}.place`, 'place'),
          dateControl(`${base}.arrive`, 'arrive', 'date'),
          dateControl(`${base}.leave`, 'leave', 'date'),
        ]),
      ],
    };

    // ---- saving -----------------------------------------------------------------------------------

    function stepChanges(id) {
      const fields = state.steps.find((step) => step.id === id).fields;
      return Object.fromEntries(fields.map((field) => [field, clean(work[field] === undefined ? null : structuredClone(work[field]))]));
    }

    async function save() {
      if (busy) return;
      busy = true;
      const id = stepIds()[stepIndex];
      let answer;
      try {
        answer = await app.call('profile.save_step', id, stepChanges(id), [...confirmations], lang);
      } catch (error) {
        busy = false;
        if (error.name === 'LockedError') { drawStoreNeeded('locked'); return; }
        notice = { text: error.message, error: true };
        drawStep();
        return;
      }
      busy = false;
      remember(answer);
      if (!answer.saved) {
        problems = answer.issues;
        notice = null;
        drawStep();
        root.querySelector('#profile-issues')?.focus();
        return;
      }
      notice = { text: t('saved', { step: stepTitle(id) }) };
      goTo(stepIndex + 1);
    }

    async function skip() {
      const id = stepIds()[stepIndex];
      try {
        remember(await app.call('profile.skip_step', id, lang));
        notice = { text: t('skipped', { step: stepTitle(id) }) };
      } catch (error) {
        if (error.name === 'LockedError') { drawStoreNeeded('locked'); return; }
        notice = { text: error.message, error: true };
        drawStep();
        return;
      }
      goTo(stepIndex + 1);
    }

    function goTo(index) {
      problems = [];
      confirmations = new Set();
      if (index >= state.steps.length) { view = 'summary'; drawSummary(); return; }
      stepIndex = index;
      const step = state.steps[index];
      work = Object.fromEntries(step.fields.filter((f) => state.draft[f] !== undefined).map((f) => [f, structuredClone(state.draft[f])]));
      view = 'step';
      drawStep();
      root.querySelector('#profile-step-title')?.focus();
    }

    // ---- drawing ----------------------------------------------------------------------------------

    function noticeNode() {
      if (!notice) return el('p', { id: 'profile-notice', role: 'status', hidden: '' });
      return el('p', { id: 'profile-notice', role: notice.error ? 'alert' : 'status', class: notice.error ? 'message error' : 'message', text: notice.text });
    }

    function issuesNode() {
      if (!problems.length) return null;
      const box = el('div', { id: 'profile-issues', class: 'message error', tabindex: '-1', role: 'alert' },
        el('span', { class: 'profile-issues-title', text: t('issues_title') }));
      problems.forEach((issue, index) => {
        const item = el('div', { class: 'stack profile-issue', 'data-field': issue.field, 'data-kind': issue.kind },
          el('p', {}, el('strong', { text: `${fieldLabel(issue.field)}: ` }), document.createTextNode(issue.message)));
        const row = el('div', { class: 'button-row' });
        if (issue.suggestion !== null && issue.suggestion !== undefined && typeof issue.suggestion !== 'object') {
          const unit = UNITS[pathParts(issue.field).at(-1)];
          row.append(el('button', {
            type: 'button', class: 'button', id: `profile-use-${index}`,
            text: t('use_suggestion', { value: unit ? `${issue.suggestion} ${unit}` : issue.suggestion }),
            onclick: () => { setPath(work, issue.field, issue.suggestion); save(); },
          }));
        }
        if (issue.kind === 'confirm') {
          row.append(el('button', {
            type: 'button', class: 'button secondary', id: `profile-keep-${index}`, text: t('keep_as_is'),
            onclick: () => { confirmations.add(issue.field); save(); },
          }));
        }
        if (row.childElementCount) item.append(row);
        box.append(item);
      });
      return box;
    }

    function frame(...nodes) {
      root.replaceChildren(el('h2', { text: t('title') }), noticeNode(), ...nodes);
    }

    function drawStep() {
      const step = state.steps[stepIndex];
      const form = el('form', { class: 'stack', novalidate: '' });
      form.addEventListener('submit', (event) => { event.preventDefault(); save(); });
      const intro = known(`profile.about.${step.id}`) ? el('p', { text: t(`about.${step.id}`) }) : null;
      form.append(...STEP_FORMS[step.id]());
      const buttons = el('div', { class: 'button-row' },
        el('button', { type: 'submit', class: 'button', id: 'profile-save', text: t('save') }),
        el('button', { type: 'button', class: 'button secondary', id: 'profile-skip', text: t('skip'), onclick: skip }));
      if (stepIndex > 0) {
        buttons.append(el('button', { type: 'button', class: 'button secondary', id: 'profile-back', text: t('back'), onclick: () => { notice = null; goTo(stepIndex - 1); } }));
      }
      buttons.append(el('button', { type: 'button', class: 'button secondary', id: 'profile-all-steps', text: t('all_steps'), onclick: () => { notice = null; drawList(); } }));
      form.append(buttons);
      const nodes = [
        el('p', { class: 'note', id: 'profile-progress', text: t('step_of', { step: stepIndex + 1, total: state.steps.length }) }),
        el('h3', { id: 'profile-step-title', tabindex: '-1', 'data-step': step.id, text: stepTitle(step.id) }),
      ];
      if (intro) nodes.push(intro);
      const issues = issuesNode();
      if (issues) nodes.push(issues);
      nodes.push(form);
      frame(...nodes);
    }

    function statusWords(step) {
      const errors = step.issues.filter((issue) => issue.kind === 'error').length;
      if (step.status === 'done') return errors ? t('status.attention') : t('status.done');
      if (step.status === 'skipped') return t('status.skipped');
      return t('status.new');
    }

    function drawList() {
      view = 'list';
      const list = el('ol', { class: 'profile-steps', id: 'profile-steps' });
      state.steps.forEach((step, index) => {
        list.append(el('li', {}, el('button', {
          type: 'button', class: 'button secondary profile-step-button', 'data-step': step.id, 'data-status': step.status,
          onclick: () => { notice = null; goTo(index); },
        }, el('span', { class: 'profile-step-name', text: stepTitle(step.id) }), el('span', { class: 'profile-step-status', text: statusWords(step) }))));
      });
      frame(
        el('h3', { id: 'profile-step-title', tabindex: '-1', text: t('all_steps') }),
        el('p', { text: t(state.started ? 'list_intro' : 'start_intro') }),
        list,
        el('div', { class: 'button-row' },
          el('button', { type: 'button', class: 'button', id: 'profile-summary', text: t('see_summary'), onclick: () => { notice = null; view = 'summary'; drawSummary(); } })),
      );
    }

    function describe(field, value) {
      if (value === undefined || value === null) return el('span', { class: 'note', text: t('not_given') });
      if (CONCEPT_LISTS.includes(field)) {
        if (!value.length) return el('span', { class: 'note', text: t('not_given') });
        const list = el('ul', { class: 'profile-summary-list' });
        for (const item of value) {
          const line = el('li', {}, termNode(displays.get(item.concept_id), item.concept_id));
          const extra = [];
          if (item.dose) extra.push(`${item.dose.amount ?? ''} ${item.dose.unit ?? ''}`.trim());
          if (item.schedule) extra.push([...(item.schedule.times || []), item.schedule.as_needed ? t('field.as_needed') : ''].filter(Boolean).join(', '));
          if (item.severity) extra.push(optionLabel('severity', item.severity));
          for (const key of ['reaction', 'onset', 'notes', 'model', 'implanted_on']) if (item[key]) extra.push(item[key]);
          if (extra.length) line.append(el('span', { class: 'profile-summary-extra', text: ` — ${extra.join('; ')}` }));
          list.append(line);
        }
        return list;
      }
      if (field === 'languages_spoken') {
        const span = el('span');
        value.forEach((tag, i) => { if (i) span.append(', '); span.append(languageName(tag)); });
        return span;
      }
      if (Array.isArray(value)) return el('span', { text: value.map((item) => (typeof item === 'object' ? Object.values(item).join(' ') : optionLabel(field, item))).join('; ') });
      if (typeof value === 'object') {
        const parts = Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length))
          .map(([key, v]) => `${known(`profile.field.${key}`) ? t(`field.${key}`) : key}: ${Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? Object.values(x).filter(Boolean).join(' ') : optionLabel(key, x))).join(', ') : optionLabel(key, v)}${UNITS[key] ? ` ${UNITS[key]}` : ''}`);
        return el('span', { text: parts.join('; ') || t('not_given') });
      }
      return el('span', { text: `${optionLabel(field, value)}${UNITS[field] ? ` ${UNITS[field]}` : ''}` });
    }

    function drawSummary() {
      const sections = [];
      state.steps.forEach((step, index) => {
        const facts = el('dl', { class: 'facts' });
        for (const field of step.fields) {
          if (state.draft[field] === undefined && !['given_name', 'family_name', 'date_of_birth', 'sex'].includes(field)) continue;
          facts.append(el('dt', { text: t(`field.${field}`) }), el('dd', {}, describe(field, state.draft[field])));
        }
        const section = el('section', { class: 'stack profile-summary-step', 'data-step': step.id, 'aria-labelledby': `profile-summary-${step.id}` },
          el('h4', { id: `profile-summary-${step.id}`, text: `${stepTitle(step.id)} — ${statusWords(step)}` }));
        if (facts.childElementCount) section.append(facts);
        else section.append(el('p', { class: 'note', text: t('nothing_yet') }));
        for (const issue of step.issues) {
          section.append(el('p', { class: issue.kind === 'error' ? 'message error' : 'message', text: `${fieldLabel(issue.field)}: ${issue.message}` }));
        }
        section.append(el('button', { type: 'button', class: 'button secondary', text: t('change', { step: stepTitle(step.id) }), onclick: () => { notice = null; goTo(index); } }));
        sections.push(section);
      });
      for (const issue of state.other_issues) {
        sections.push(el('p', { class: issue.kind === 'error' ? 'message error' : 'message', text: `${fieldLabel(issue.field)}: ${issue.message}` }));
      }
      frame(
        el('h3', { id: 'profile-step-title', tabindex: '-1', text: t('summary_title') }),
        el('p', { id: 'profile-complete', class: state.complete ? 'message' : 'message error', text: t(state.complete ? 'complete' : 'incomplete') }),
        ...sections,
        el('p', {}, el('a', { href: '#/privacy', class: 'button secondary', id: 'profile-emergency-link', text: t('emergency_link') })),
        el('div', { class: 'button-row' },
          el('button', { type: 'button', class: 'button secondary', id: 'profile-all-steps', text: t('all_steps'), onclick: () => { notice = null; drawList(); } })),
      );
      root.querySelector('#profile-step-title')?.focus();
    }

    function drawStoreNeeded(storeState) {
      frame(
        el('p', { class: 'message', id: 'profile-store-needed', text: t(storeState === 'new' ? 'store_new' : 'store_locked') }),
        el('p', { text: t('store_why') }),
        el('a', { href: '#/privacy', class: 'button', id: 'profile-open-privacy', text: t('open_privacy') }),
      );
    }

    // ---- start ------------------------------------------------------------------------------------

    frame(el('p', { role: 'status', text: t('loading') }));
    let answer;
    try {
      answer = await app.call('profile.editor', lang);
    } catch (error) {
      frame(el('p', { class: 'message error', role: 'alert', text: t('failed', { reason: error.message }) }));
      return;
    }
    if (answer.store !== 'unlocked') { drawStoreNeeded(answer.store); return; }
    remember(answer);
    app.call('terms.prepare', lang).catch(() => {});
    if (state.started) drawList(); else goTo(0);
  },
};
