// "Talk to the doctor": pick or type what I want to say, show it large in the doctor's language
// with mine beneath; the doctor answers (yes / no / a number / a phrase) and I read it in mine;
// a body map to point where it hurts; the 0–10 pain scale. Only vetted phrases and coded terms are
// ever shown: free text is matched to them, never machine-translated. Nothing typed is stored.
const LANGUAGES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv',
  'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'ja', 'zh', 'ko', 'th', 'vi', 'tr', 'ar', 'ru', 'uk', 'hi', 'id'];
const RTL = new Set(['ar']);
const GROUP_ORDER = ['emergency', 'symptom', 'pain', 'history', 'medicine', 'question', 'answer', 'instruction',
  'number', 'time', 'logistics'];
const DOCTOR_KINDS = new Set(['answer', 'question', 'instruction']);
const SVG = 'http://www.w3.org/2000/svg';

// Body map regions: [concept id, shape, attributes]; the front view shows the person facing you,
// so their right side is on your left. Sided concepts only where the vocabulary has them.
const FRONT = [
  ['body_site.head', 'ellipse', { cx: 100, cy: 34, rx: 26, ry: 30 }],
  ['body_site.neck', 'rect', { x: 86, y: 64, width: 28, height: 20, rx: 6 }],
  ['body_site.right_shoulder', 'ellipse', { cx: 55, cy: 96, rx: 19, ry: 15 }],
  ['body_site.left_shoulder', 'ellipse', { cx: 145, cy: 96, rx: 19, ry: 15 }],
  ['body_site.chest', 'rect', { x: 72, y: 86, width: 56, height: 54, rx: 10 }],
  ['body_site.upper_abdomen', 'rect', { x: 72, y: 142, width: 56, height: 36, rx: 6 }],
  ['body_site.lower_abdomen', 'rect', { x: 72, y: 180, width: 56, height: 34, rx: 6 }],
  ['body_site.right_arm', 'rect', { x: 34, y: 112, width: 30, height: 104, rx: 12 }],
  ['body_site.left_arm', 'rect', { x: 136, y: 112, width: 30, height: 104, rx: 12 }],
  ['body_site.hand', 'ellipse', { cx: 48, cy: 234, rx: 16, ry: 17 }],
  ['body_site.hand', 'ellipse', { cx: 152, cy: 234, rx: 16, ry: 17 }],
  ['body_site.groin', 'rect', { x: 74, y: 216, width: 52, height: 28, rx: 6 }],
  ['body_site.thigh', 'rect', { x: 70, y: 246, width: 29, height: 70, rx: 10 }],
  ['body_site.thigh', 'rect', { x: 101, y: 246, width: 29, height: 70, rx: 10 }],
  ['body_site.knee', 'ellipse', { cx: 84, cy: 330, rx: 15, ry: 13 }],
  ['body_site.knee', 'ellipse', { cx: 116, cy: 330, rx: 15, ry: 13 }],
  ['body_site.lower_leg', 'rect', { x: 71, y: 344, width: 27, height: 50, rx: 10 }],
  ['body_site.lower_leg', 'rect', { x: 102, y: 344, width: 27, height: 50, rx: 10 }],
  ['body_site.foot', 'ellipse', { cx: 82, cy: 406, rx: 17, ry: 11 }],
  ['body_site.foot', 'ellipse', { cx: 118, cy: 406, rx: 17, ry: 11 }],
];
// The back view: their left side is on your left.
const BACK = [
  ['body_site.head', 'ellipse', { cx: 100, cy: 34, rx: 26, ry: 30 }],
  ['body_site.neck', 'rect', { x: 86, y: 64, width: 28, height: 20, rx: 6 }],
  ['body_site.left_shoulder', 'ellipse', { cx: 55, cy: 96, rx: 19, ry: 15 }],
  ['body_site.right_shoulder', 'ellipse', { cx: 145, cy: 96, rx: 19, ry: 15 }],
  ['body_site.upper_back', 'rect', { x: 72, y: 86, width: 56, height: 64, rx: 10 }],
  ['body_site.lower_back', 'rect', { x: 72, y: 152, width: 56, height: 60, rx: 6 }],
  ['body_site.left_arm', 'rect', { x: 34, y: 112, width: 30, height: 104, rx: 12 }],
  ['body_site.right_arm', 'rect', { x: 136, y: 112, width: 30, height: 104, rx: 12 }],
  ['body_site.buttock', 'rect', { x: 72, y: 214, width: 56, height: 34, rx: 10 }],
  ['body_site.thigh', 'rect', { x: 70, y: 250, width: 29, height: 66, rx: 10 }],
  ['body_site.thigh', 'rect', { x: 101, y: 250, width: 29, height: 66, rx: 10 }],
  ['body_site.calf', 'rect', { x: 71, y: 320, width: 27, height: 72, rx: 10 }],
  ['body_site.calf', 'rect', { x: 102, y: 320, width: 27, height: 72, rx: 10 }],
  ['body_site.heel', 'ellipse', { cx: 84, cy: 404, rx: 14, ry: 11 }],
  ['body_site.heel', 'ellipse', { cx: 116, cy: 404, rx: 14, ry: 11 }],
];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function languageName(code, inLang) {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

// Text in a given language, marked so it is rendered and read correctly (Arabic right to left).
function langText(tag, entry, className) {
  return el(tag, { className, lang: entry.lang, dir: entry.dir || (RTL.has(entry.lang) ? 'rtl' : 'ltr'), text: entry.text });
}

function reviewedNote(i18n, entry) {
  return el('p', { className: 'note talk-review', text: i18n.t(entry.reviewed ? 'talk.reviewed' : 'talk.not_reviewed') });
}

// Only voices that run on this device: a network voice would send the text to a vendor.
export function localVoice(lang) {
  if (!('speechSynthesis' in globalThis)) return null;
  const voices = globalThis.speechSynthesis.getVoices() || [];
  return voices.find((voice) => voice.localService === true
    && String(voice.lang || '').toLowerCase().replace('_', '-').split('-')[0] === lang) || null;
}

export default {
  title: 'talk.title',
  async render(root, app) {
    const { i18n } = app;
    const state = {
      mine: LANGUAGES.includes(app.settings.talkMine) ? app.settings.talkMine : (LANGUAGES.includes(i18n.lang) ? i18n.lang : 'en'),
      doctor: LANGUAGES.includes(app.settings.talkDoctor) ? app.settings.talkDoctor : null,
      said: null,
    };
    const heading = el('h2', { text: i18n.t('talk.title') });
    const body = el('div', { className: 'stack', id: 'talk-body' });
    root.append(heading, body);

    const call = (name, ...args) => app.call(name, ...args);
    const focusFirst = () => {
      const target = body.querySelector('h3, [data-focus]');
      if (target) { target.tabIndex = -1; target.focus(); }
    };
    const screen = (...nodes) => { body.replaceChildren(...nodes); focusFirst(); };
    const backButton = (action, key = 'talk.back') => el('button', { type: 'button', className: 'button secondary', text: i18n.t(key), onclick: action });
    const errorBox = (error) => el('p', { className: 'message error', role: 'alert', text: i18n.t('talk.error', { reason: error.message || String(error) }) });

    if (!state.doctor) {
      // The default: the country of the travel plan in the saved profile, when there is one.
      const profile = app.profile ? await app.profile().catch(() => null) : null;
      const country = profile && profile.travel_plan ? profile.travel_plan.current_country : null;
      if (country) state.doctor = await call('translate.doctor_language', country).catch(() => null);
    }

    function chooseLanguage(which) {
      const current = which === 'doctor' ? state.doctor : state.mine;
      const list = el('div', { className: 'stack talk-languages' });
      for (const code of LANGUAGES) {
        const own = languageName(code, code);
        const label = el('span', { lang: code, dir: RTL.has(code) ? 'rtl' : 'ltr', text: own });
        const button = el('button', {
          type: 'button', className: `button${code === current ? '' : ' secondary'}`, 'aria-pressed': String(code === current),
          'data-lang': code,
          onclick: () => {
            state[which] = code;
            app.saveSettings(which === 'doctor' ? { talkDoctor: code } : { talkMine: code });
            start();
          },
        }, label);
        const mineName = languageName(code, i18n.lang);
        if (mineName !== own) button.append(el('span', { className: 'talk-language-mine', text: ` (${mineName})` }));
        list.append(button);
      }
      screen(
        el('h3', { text: i18n.t(which === 'doctor' ? 'talk.doctor_language' : 'talk.my_language') }),
        list,
        state.doctor ? backButton(start) : null,
      );
    }

    function start() {
      if (!state.doctor) { chooseLanguage('doctor'); return; }
      const doctorName = languageName(state.doctor, i18n.lang);
      const form = el('form', { className: 'stack', role: 'search' });
      const input = el('input', { id: 'talk-input', className: 'big-input talk-input', type: 'text', lang: state.mine,
        dir: RTL.has(state.mine) ? 'rtl' : 'auto', autocomplete: 'off', maxlength: '500', enterkeyhint: 'search' });
      const label = el('label', { className: 'big-label', for: 'talk-input', text: i18n.t('talk.type_label', { language: languageName(state.mine, i18n.lang) }) });
      form.append(label, input, el('button', { type: 'submit', className: 'button', text: i18n.t('talk.find') }));
      form.addEventListener('submit', (event) => { event.preventDefault(); find(input.value); });
      const groups = el('div', { className: 'stack', id: 'talk-groups' });
      call('translate.groups').then((found) => {
        const sorted = [...found].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
        for (const { group } of sorted) {
          if (DOCTOR_KINDS.has(group)) continue;
          groups.append(el('button', { type: 'button', className: 'button secondary', 'data-group': group,
            text: i18n.t(`talk.group.${group}`), onclick: () => showGroup(group) }));
        }
      }, (error) => groups.append(errorBox(error)));
      screen(
        el('h3', { text: i18n.t('talk.what_to_say') }),
        el('p', { className: 'note', id: 'talk-languages-line', text: i18n.t('talk.languages_line', { mine: languageName(state.mine, i18n.lang), doctor: doctorName }) }),
        form,
        el('p', { className: 'big-label', text: i18n.t('talk.or_pick') }),
        groups,
        el('div', { className: 'button-row' },
          el('button', { type: 'button', className: 'button secondary', id: 'talk-body-map', text: i18n.t('talk.where_hurts'), onclick: showBodyMap }),
          el('button', { type: 'button', className: 'button secondary', id: 'talk-pain', text: i18n.t('talk.pain_scale'), onclick: showPainScale })),
        el('div', { className: 'button-row' },
          el('button', { type: 'button', className: 'button secondary', text: i18n.t('talk.change_doctor_language'), onclick: () => chooseLanguage('doctor') }),
          el('button', { type: 'button', className: 'button secondary', text: i18n.t('talk.change_my_language'), onclick: () => chooseLanguage('mine') })),
      );
      call('translate.prepare', state.mine).catch(() => {});
    }

    async function find(text) {
      const status = el('p', { className: 'note', role: 'status', text: i18n.t('talk.searching') });
      screen(el('h3', { text: i18n.t('talk.results') }), status);
      let found;
      try {
        found = await call('translate.match', text, state.mine, 3, state.doctor);
      } catch (error) {
        status.remove();
        body.append(errorBox(error), backButton(start));
        return;
      }
      status.remove();
      const notes = [];
      if (found.truncated) notes.push(el('p', { className: 'message', text: i18n.t('talk.truncated') }));
      notes.push(el('p', { className: 'message', id: 'talk-confidence',
        text: i18n.t(found.confident ? 'talk.choose_confident' : 'talk.choose_not_sure') }));
      const list = el('div', { className: 'stack', id: 'talk-candidates' });
      found.candidates.forEach((candidate, index) => {
        const mine = candidate.texts[state.mine] || candidate.texts[found.lang];
        const button = el('button', { type: 'button', className: 'button secondary talk-candidate', 'data-id': candidate.id,
          onclick: () => say(candidate) });
        if (index === 0 && found.confident) button.append(el('span', { className: 'talk-best', text: `${i18n.t('talk.best')}: ` }));
        button.append(langText('span', mine));
        list.append(button);
      });
      if (!found.candidates.length) list.append(el('p', { className: 'message', text: i18n.t('talk.nothing_found') }));
      body.append(...notes, list, backButton(start, 'talk.try_again'));
    }

    async function showGroup(group) {
      screen(el('h3', { text: i18n.t(`talk.group.${group}`) }));
      try {
        const phrases = await call('translate.phrases', group, state.mine, state.doctor);
        const list = el('div', { className: 'stack', id: 'talk-phrases' });
        for (const phrase of phrases) {
          if (phrase.speaker === 'doctor') continue;
          list.append(el('button', { type: 'button', className: 'button secondary talk-phrase', 'data-id': phrase.id,
            onclick: () => say(phrase) }, langText('span', phrase.texts[state.mine])));
        }
        body.append(list, backButton(start));
      } catch (error) {
        body.append(errorBox(error), backButton(start));
      }
    }

    function speakButton(entry) {
      const box = el('div', { className: 'talk-speak' });
      const render = () => {
        box.replaceChildren();
        const voice = localVoice(entry.lang);
        if (voice) {
          box.append(el('button', { type: 'button', className: 'button secondary', id: 'talk-speak', text: i18n.t('talk.speak'),
            onclick: () => {
              const utterance = new SpeechSynthesisUtterance(entry.text);
              utterance.voice = voice;
              utterance.lang = voice.lang;
              globalThis.speechSynthesis.cancel();
              globalThis.speechSynthesis.speak(utterance);
            } }));
        } else {
          box.append(el('p', { className: 'note', id: 'talk-no-voice', text: i18n.t('talk.no_local_voice', { language: languageName(entry.lang, i18n.lang) }) }));
        }
      };
      render();
      if ('speechSynthesis' in globalThis) {
        globalThis.speechSynthesis.addEventListener?.('voiceschanged', render, { once: true });
      }
      return box;
    }

    // The chosen phrase (or term) LARGE in the doctor's language, mine beneath; then the answers.
    function say(item) {
      state.said = item;
      const theirs = item.texts[state.doctor];
      const mine = item.texts[state.mine];
      const card = el('section', { className: 'talk-card', 'aria-labelledby': 'talk-shown' });
      const shown = langText('p', theirs, 'talk-theirs');
      shown.id = 'talk-shown';
      card.append(shown, langText('p', mine, 'talk-mine'), reviewedNote(i18n, theirs));
      if (theirs.gap) card.append(el('p', { className: 'note', text: i18n.t('talk.gap') }));
      if (item.codes && Object.keys(item.codes).length) {
        card.append(el('p', { className: 'note', text: Object.entries(item.codes).map(([system, code]) => `${system.toUpperCase()} ${code}`).join(' · ') }));
      }
      const answers = el('div', { className: 'stack', id: 'talk-answers' },
        el('p', { className: 'big-label', text: i18n.t('talk.doctor_answers') }),
        el('div', { className: 'button-row' },
          el('button', { type: 'button', className: 'button', id: 'talk-answer-yes', text: i18n.t('talk.yes'), onclick: () => answerYesNo('yes') }),
          el('button', { type: 'button', className: 'button', id: 'talk-answer-no', text: i18n.t('talk.no'), onclick: () => answerYesNo('no') })),
        el('div', { className: 'button-row' },
          el('button', { type: 'button', className: 'button secondary', id: 'talk-answer-number', text: i18n.t('talk.answer_number'), onclick: answerNumber }),
          el('button', { type: 'button', className: 'button secondary', id: 'talk-answer-phrase', text: i18n.t('talk.answer_phrase'), onclick: answerPhrase })));
      fillYesNo(answers);
      screen(el('h3', { text: i18n.t('talk.show_doctor') }), card, speakButton(theirs), answers, backButton(start, 'talk.say_something_else'));
    }

    // Yes/No in the doctor's language when the phrase data has them, with mine beneath.
    async function yesNoPhrases() {
      const answers = await call('translate.phrases', 'answer', state.mine, state.doctor).catch(() => []);
      const byEnglish = (text) => answers.find((phrase) => phrase.english.replace(/[.!]$/, '').toLowerCase() === text);
      return { yes: byEnglish('yes'), no: byEnglish('no'), all: answers };
    }

    async function fillYesNo(box) {
      const found = await yesNoPhrases();
      for (const which of ['yes', 'no']) {
        const button = box.querySelector(`#talk-answer-${which}`);
        if (!button) continue;
        const phrase = found[which];
        if (phrase) button.replaceChildren(langText('span', phrase.texts[state.doctor]), el('span', { className: 'talk-button-mine', text: ` · ${phrase.texts[state.mine].text}` }));
      }
    }

    async function answerYesNo(which) {
      const found = await yesNoPhrases();
      const phrase = found[which];
      if (phrase) showAnswer(phrase);
      else showAnswer({ texts: { [state.mine]: { text: i18n.t(`talk.${which}`), lang: i18n.lang, dir: 'ltr', reviewed: true } } });
    }

    function answerNumber() {
      const input = el('input', { id: 'talk-number', className: 'big-input', type: 'text', inputmode: 'decimal', autocomplete: 'off', maxlength: '12' });
      const form = el('form', { className: 'stack' },
        el('label', { className: 'big-label', for: 'talk-number', text: i18n.t('talk.number_label') }), input,
        el('button', { type: 'submit', className: 'button', text: i18n.t('talk.show_number') }));
      const error = el('p', { className: 'message error', role: 'alert', hidden: true });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const value = input.value.trim().replace(',', '.');
        if (!/^\d{1,6}(\.\d{1,3})?$/.test(value)) {
          error.textContent = i18n.t('talk.number_invalid');
          error.hidden = false;
          return;
        }
        showNumber(value);
      });
      screen(el('h3', { text: i18n.t('talk.answer_number') }), form, error, backButton(() => say(state.said)));
    }

    function showNumber(value) {
      screen(el('h3', { text: i18n.t('talk.doctor_said') }),
        el('p', { className: 'talk-theirs talk-number', id: 'talk-answer-shown', text: value }),
        backButton(() => say(state.said), 'talk.back_to_phrase'), backButton(start, 'talk.say_something_else'));
    }

    // The screen flips: the doctor picks from questions, answers and instructions in their language.
    async function answerPhrase() {
      screen(el('h3', { lang: i18n.lang, text: i18n.t('talk.for_doctor') }));
      const list = el('div', { className: 'stack', id: 'talk-doctor-phrases', lang: state.doctor, dir: RTL.has(state.doctor) ? 'rtl' : 'ltr' });
      try {
        for (const group of ['answer', 'question', 'instruction', 'time', 'number']) {
          const phrases = await call('translate.phrases', group, state.doctor, state.mine).catch(() => []);
          for (const phrase of phrases) {
            if (phrase.speaker === 'patient' || !(DOCTOR_KINDS.has(phrase.phrase_kind) || phrase.group === 'answer' || phrase.group === 'time' || phrase.group === 'number')) continue;
            list.append(el('button', { type: 'button', className: 'button secondary talk-phrase', 'data-id': phrase.id,
              onclick: () => showAnswer(phrase) }, langText('span', phrase.texts[state.doctor])));
          }
        }
        if (!list.childElementCount) list.append(el('p', { className: 'message', lang: i18n.lang, text: i18n.t('talk.no_doctor_phrases') }));
        body.append(list, backButton(() => say(state.said)));
      } catch (error) {
        body.append(errorBox(error), backButton(() => say(state.said)));
      }
    }

    // What the doctor said, LARGE in my language, theirs beneath.
    function showAnswer(phrase) {
      const mine = phrase.texts[state.mine];
      const theirs = phrase.texts[state.doctor];
      const card = el('section', { className: 'talk-card', 'aria-labelledby': 'talk-answer-shown' });
      const shown = langText('p', mine, 'talk-theirs');
      shown.id = 'talk-answer-shown';
      card.append(shown);
      if (theirs) card.append(langText('p', theirs, 'talk-mine'));
      card.append(reviewedNote(i18n, mine));
      screen(el('h3', { text: i18n.t('talk.doctor_said') }), card,
        backButton(() => say(state.said), 'talk.back_to_phrase'), backButton(start, 'talk.say_something_else'));
    }

    async function showBodyMap() {
      screen(el('h3', { text: i18n.t('talk.where_hurts') }));
      let sites;
      try {
        sites = new Map((await call('translate.body_sites', state.mine)).map((site) => [site.id, site]));
      } catch (error) {
        body.append(errorBox(error), backButton(start));
        return;
      }
      let side = 'front';
      const figure = el('div', { className: 'talk-body-figure' });
      const list = el('div', { className: 'stack', id: 'talk-sites' });
      const toggle = el('button', { type: 'button', className: 'button secondary', id: 'talk-flip-body' });
      const draw = () => {
        const regions = side === 'front' ? FRONT : BACK;
        toggle.textContent = i18n.t(side === 'front' ? 'talk.show_back' : 'talk.show_front');
        const svg = document.createElementNS(SVG, 'svg');
        svg.setAttribute('viewBox', '0 0 200 420');
        svg.setAttribute('class', 'talk-body-map');
        svg.setAttribute('role', 'group');
        svg.setAttribute('aria-label', i18n.t(side === 'front' ? 'talk.body_front' : 'talk.body_back'));
        for (const [id, shape, attrs] of regions) {
          const site = sites.get(id);
          if (!site) continue;
          const node = document.createElementNS(SVG, shape);
          for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
          node.setAttribute('class', 'talk-region');
          node.setAttribute('data-site', id);
          node.setAttribute('role', 'button');
          node.setAttribute('tabindex', '0');
          node.setAttribute('aria-label', site.texts[state.mine].text);
          const choose = () => pointAt(id);
          node.addEventListener('click', choose);
          node.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); choose(); }
          });
          svg.append(node);
        }
        figure.replaceChildren(svg);
        list.replaceChildren(...[...new Set(regions.map(([id]) => id))].filter((id) => sites.has(id)).map((id) =>
          el('button', { type: 'button', className: 'button secondary talk-site', 'data-site': id, onclick: () => pointAt(id) },
            langText('span', sites.get(id).texts[state.mine]))));
      };
      toggle.addEventListener('click', () => { side = side === 'front' ? 'back' : 'front'; draw(); });
      draw();
      body.append(el('p', { className: 'note', text: i18n.t('talk.body_hint') }), toggle, figure, list, backButton(start));
    }

    async function pointAt(siteId) {
      try {
        say(await call('translate.concept', siteId, [state.mine, state.doctor]));
      } catch (error) {
        body.append(errorBox(error));
      }
    }

    async function showPainScale() {
      const row = el('div', { className: 'talk-scale', id: 'talk-scale', role: 'group', 'aria-label': i18n.t('talk.pain_scale') });
      for (let value = 0; value <= 10; value += 1) {
        row.append(el('button', { type: 'button', className: 'button secondary', 'data-value': String(value), text: String(value),
          'aria-label': i18n.t('talk.pain_value', { value }), onclick: () => showPain(value) }));
      }
      screen(el('h3', { text: i18n.t('talk.pain_scale') }),
        el('p', { className: 'note', text: i18n.t('talk.pain_hint') }),
        el('div', { className: 'talk-scale-ends' }, el('span', { text: `0 = ${i18n.t('talk.pain_none')}` }), el('span', { text: `10 = ${i18n.t('talk.pain_worst')}` })),
        row, backButton(start));
    }

    async function showPain(value) {
      // A pain-scale phrase for this number when the data has one ("My pain is 7 out of 10."), else the number.
      const phrases = await call('translate.phrases', 'pain', state.mine, state.doctor).catch(() => []);
      const match = phrases.find((phrase) => new RegExp(`(^|\\D)${value}(\\D+10|\\s*/\\s*10)`).test(phrase.english));
      if (match) { say(match); return; }
      screen(el('h3', { text: i18n.t('talk.show_doctor') }),
        el('section', { className: 'talk-card' },
          el('p', { className: 'talk-theirs talk-number', id: 'talk-shown', text: `${value} / 10` }),
          el('p', { className: 'talk-mine', text: i18n.t('talk.pain_value', { value }) })),
        backButton(showPainScale), backButton(start, 'talk.say_something_else'));
    }

    start();
  },
};
