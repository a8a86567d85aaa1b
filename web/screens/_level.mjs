// The alert level as every screen shows it: words, a shape (never colour alone) and the action,
// with a call button for urgent levels. Shared by "Check my signs" and "My devices".
const SHAPES = {
  none: 'circle',
  watch: 'diamond',
  see_doctor_today: 'triangle',
  urgent: 'square',
  emergency: 'octagon',
};

export const LEVEL_ORDER = ['none', 'watch', 'see_doctor_today', 'urgent', 'emergency'];

export function shapeIcon(level) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 100 100');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('level-shape');
  const shape = SHAPES[level] || 'circle';
  let node;
  if (shape === 'circle') {
    node = document.createElementNS(ns, 'circle');
    node.setAttribute('cx', '50'); node.setAttribute('cy', '50'); node.setAttribute('r', '44');
  } else {
    const points = {
      diamond: '50,4 96,50 50,96 4,50',
      triangle: '50,6 96,92 4,92',
      square: '8,8 92,8 92,92 8,92',
      octagon: '30,4 70,4 96,30 96,70 70,96 30,96 4,70 4,30',
    }[shape];
    node = document.createElementNS(ns, 'polygon');
    node.setAttribute('points', points);
  }
  svg.append(node);
  return svg;
}

// A decimal Python sent as text ("98.6" in a reading check); whole numbers stay text ("112", "000").
const DECIMAL_TEXT = /^-?\d+\.\d+$/;

function localNumber(i18n, value) {
  try {
    return new Intl.NumberFormat(i18n.lang, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  } catch {
    return String(value);
  }
}

// One parameter value in the UI language: numbers with the language's decimal mark, and the
// English words Python puts in parameters (a band such as "very high", a risk, a parameter
// name, a list joined by ", ") through `risk.value.<English>`, each part of a list on its own;
// anything the catalogue does not know stays as it is.
function localValue(i18n, value) {
  if (typeof value === 'number') return Number.isFinite(value) ? localNumber(i18n, value) : String(value);
  if (typeof value !== 'string') return value;
  if (DECIMAL_TEXT.test(value)) return localNumber(i18n, Number(value));
  const word = (text) => (i18n.has(`risk.value.${text}`) ? i18n.t(`risk.value.${text}`) : text);
  if (i18n.has(`risk.value.${value}`) || !value.includes(', ')) return word(value);
  return value.split(', ').map(word).join(', ');
}

export function translated(i18n, item) {
  // The catalogue may translate a reason or action by its key (a reading check by
  // `risk.<key>.<code>` first); otherwise Python's English text.
  const params = item.params || {};
  const specific = params.code ? `risk.${item.key}.${params.code}` : '';
  const key = specific && i18n.has(specific) ? specific : `risk.${item.key}`;
  if (!(i18n.has(key) || i18n.t(key) !== key)) return item.text;
  const local = {};
  for (const [name, value] of Object.entries(params)) local[name] = localValue(i18n, value);
  let text = i18n.t(key, local);
  // Python adds the 112 note when the country's own number is unknown; so do we.
  if (params.number_known === false && i18n.t(key).includes('{number}') && i18n.has('risk.action.fallback_number')) {
    text += i18n.t('risk.action.fallback_number');
  }
  return text.charAt(0).toLocaleUpperCase(i18n.lang) + text.slice(1);
}

// The level section (heading id `${prefix}-level`, action id `${prefix}-action`) and, for urgent
// levels with a number to call, the call button: the nodes to append, in order.
export function levelNodes(i18n, assessment, prefix) {
  const level = document.createElement('section');
  level.className = `level level-${assessment.level}`;
  level.setAttribute('aria-labelledby', `${prefix}-level`);
  level.dataset.level = assessment.level;
  const title = document.createElement('h3');
  title.id = `${prefix}-level`;
  title.textContent = i18n.t(`check.level.${assessment.level}`);
  level.append(shapeIcon(assessment.level), title);
  const action = document.createElement('p');
  action.className = 'action';
  action.id = `${prefix}-action`;
  action.textContent = translated(i18n, assessment.action);
  level.append(action);
  const nodes = [level];
  if (assessment.action.params && assessment.action.params.number && ['urgent', 'emergency'].includes(assessment.level)) {
    const call = document.createElement('a');
    call.className = 'button call-button';
    call.href = `tel:${assessment.action.params.number}`;
    call.textContent = i18n.t('help.call', { number: assessment.action.params.number });
    nodes.push(call);
  }
  if (assessment.model) nodes.push(modelSection(i18n, assessment.model, prefix));
  return nodes;
}

// The early warning model's say, when it ran: the chance in words (never colour alone), what
// raised it most, and what the model is not. Heading id `${prefix}-model-title`.
export function modelSection(i18n, model, prefix) {
  const section = document.createElement('section');
  section.className = 'model';
  section.id = `${prefix}-model`;
  section.setAttribute('aria-labelledby', `${prefix}-model-title`);
  section.dataset.aboveThreshold = String(Boolean(model.above_threshold));
  const title = document.createElement('h3');
  title.id = `${prefix}-model-title`;
  title.textContent = i18n.t('model.title');
  const percent = (value) => (Math.round(value * 1000) / 10).toString();
  const summary = document.createElement('p');
  summary.id = `${prefix}-model-summary`;
  summary.textContent = i18n.t(model.above_threshold ? 'model.higher' : 'model.usual', {
    percent: percent(model.probability),
    threshold: percent(model.threshold),
  });
  section.append(title, summary);
  if (model.top_features && model.top_features.length) {
    const intro = document.createElement('p');
    intro.textContent = i18n.t('model.reasons');
    const list = document.createElement('ul');
    list.id = `${prefix}-model-reasons`;
    for (const feature of model.top_features) {
      const item = document.createElement('li');
      item.textContent = feature.text;
      list.append(item);
    }
    section.append(intro, list);
  }
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = i18n.t('model.note');
  section.append(note);
  return section;
}
