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

export function translated(i18n, item) {
  // The catalogue may translate a reason or action by its key; otherwise Python's English text.
  const key = `risk.${item.key}`;
  return i18n.has(key) || i18n.t(key) !== key ? i18n.t(key, item.params || {}) : item.text;
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
