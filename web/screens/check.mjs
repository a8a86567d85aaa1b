// "Check my signs": one vital sign per step, then the risk in words, shape and the action to take.
// Readings entered here are kept in memory for this assessment only.
import { levelNodes, translated } from './_level.mjs';

const STEPS = [
  { parameter: 'resp_rate', unit: '/min', kind: 'number', min: 0, max: 80, step: 1 },
  { parameter: 'spo2', unit: '%', kind: 'number', min: 50, max: 100, step: 1 },
  { parameter: 'heart_rate', unit: '/min', kind: 'number', min: 20, max: 250, step: 1 },
  { parameter: 'systolic_bp', unit: 'mmHg', kind: 'number', min: 40, max: 300, step: 1 },
  { parameter: 'temperature', unit: 'Cel', kind: 'number', min: 30, max: 45, step: 0.1 },
  { parameter: 'consciousness', unit: '{ACVPU}', kind: 'choice', options: ['A', 'C', 'V', 'P', 'U'] },
  { parameter: 'on_oxygen', unit: '{bool}', kind: 'choice', options: [false, true] },
];

export default {
  title: 'check.title',
  async render(root, app) {
    const { i18n } = app;
    const readings = new Map();
    let index = 0;

    const heading = document.createElement('h2');
    heading.textContent = i18n.t('check.title');
    const body = document.createElement('div');
    body.className = 'stack';
    root.append(heading, body);

    const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

    function showStep() {
      body.replaceChildren();
      const step = STEPS[index];
      const progress = document.createElement('p');
      progress.className = 'note';
      progress.textContent = i18n.t('check.step_of', { step: index + 1, total: STEPS.length });
      const form = document.createElement('form');
      form.className = 'stack';
      form.noValidate = true;
      const error = document.createElement('p');
      error.className = 'message error';
      error.setAttribute('role', 'alert');
      error.hidden = true;
      let read;
      if (step.kind === 'number') {
        const label = document.createElement('label');
        label.htmlFor = `check-${step.parameter}`;
        label.className = 'big-label';
        label.textContent = i18n.t(`check.ask.${step.parameter}`);
        const input = document.createElement('input');
        input.id = `check-${step.parameter}`;
        // Text, not type=number: "38,6" with a decimal comma must work, and we parse it ourselves.
        input.type = 'text';
        input.inputMode = step.step < 1 ? 'decimal' : 'numeric';
        input.autocomplete = 'off';
        input.className = 'big-input';
        if (readings.has(step.parameter)) input.value = String(readings.get(step.parameter).value);
        const hint = document.createElement('p');
        hint.className = 'note';
        hint.textContent = i18n.t(`check.hint.${step.parameter}`);
        form.append(label, input, hint);
        read = () => {
          const text = input.value.trim().replace(',', '.');
          if (text === '') return undefined;
          const value = /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
          if (!Number.isFinite(value)) throw new Error(i18n.t('check.not_a_number'));
          return value;
        };
        queueMicrotask(() => input.focus());
      } else {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = i18n.t(`check.ask.${step.parameter}`);
        fieldset.append(legend);
        for (const option of step.options) {
          const label = document.createElement('label');
          label.className = 'choice';
          const input = document.createElement('input');
          input.type = 'radio';
          input.name = step.parameter;
          input.value = String(option);
          input.checked = readings.has(step.parameter) && readings.get(step.parameter).value === option;
          label.append(input, document.createTextNode(i18n.t(`check.option.${step.parameter}.${option}`)));
          fieldset.append(label);
        }
        form.append(fieldset);
        read = () => {
          const chosen = form.querySelector('input:checked');
          if (!chosen) return undefined;
          return step.options.find((option) => String(option) === chosen.value);
        };
      }
      const buttons = document.createElement('div');
      buttons.className = 'button-row';
      const next = document.createElement('button');
      next.type = 'submit';
      next.className = 'button';
      next.textContent = i18n.t(index === STEPS.length - 1 ? 'check.see_result' : 'check.next');
      const skip = document.createElement('button');
      skip.type = 'button';
      skip.className = 'button secondary';
      skip.textContent = i18n.t('check.skip');
      buttons.append(next, skip);
      if (index > 0) {
        const back = document.createElement('button');
        back.type = 'button';
        back.className = 'button secondary';
        back.textContent = i18n.t('check.back');
        back.addEventListener('click', () => { index -= 1; showStep(); });
        buttons.append(back);
      }
      form.append(error, buttons);
      const advance = () => {
        index += 1;
        if (index < STEPS.length) showStep(); else showResult();
      };
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        try {
          const value = read();
          if (value === undefined) readings.delete(step.parameter);
          else readings.set(step.parameter, { parameter: step.parameter, value, unit: step.unit, time: nowIso(), source: 'manual' });
          advance();
        } catch (problem) {
          error.textContent = problem.message;
          error.hidden = false;
        }
      });
      skip.addEventListener('click', () => { readings.delete(step.parameter); advance(); });
      body.append(progress, form);
    }

    async function showResult() {
      body.replaceChildren();
      const waiting = document.createElement('p');
      waiting.setAttribute('role', 'status');
      waiting.textContent = i18n.t('check.working');
      body.append(waiting);
      let assessment;
      try {
        const profile = app.profile ? await app.profile() : null;
        assessment = await app.call('risk.assess', profile, [...readings.values()]);
      } catch (problem) {
        waiting.className = 'message error';
        waiting.textContent = i18n.t('check.failed', { reason: problem.message });
        const again = document.createElement('button');
        again.type = 'button';
        again.className = 'button';
        again.textContent = i18n.t('check.start_again');
        again.addEventListener('click', () => { index = 0; showStep(); });
        body.append(again);
        return;
      }
      body.replaceChildren();
      body.append(...levelNodes(i18n, assessment, 'check'));
      const whyTitle = document.createElement('h3');
      whyTitle.textContent = i18n.t('check.why');
      const reasons = document.createElement('ul');
      reasons.className = 'reasons';
      reasons.id = 'check-reasons';
      for (const reason of assessment.reasons) {
        const item = document.createElement('li');
        item.textContent = translated(i18n, reason);
        reasons.append(item);
      }
      const score = document.createElement('p');
      score.className = 'note';
      score.id = 'check-score';
      const news2 = assessment.news2;
      score.textContent = news2.complete
        ? i18n.t('check.score_complete', { total: news2.total })
        : i18n.t('check.score_partial', { total: news2.total, missing: news2.missing.length });
      const again = document.createElement('button');
      again.type = 'button';
      again.className = 'button secondary';
      again.textContent = i18n.t('check.start_again');
      again.addEventListener('click', () => { readings.clear(); index = 0; showStep(); });
      body.append(whyTitle, reasons, score, again);
    }

    showStep();
  },
};
