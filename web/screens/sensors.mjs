// "My devices": connect a Bluetooth sensor with one button, see each live value large with its unit
// and time, the connection in words, and what the readings mean (risk.assess). "Try the demo"
// replays recorded devices through exactly the same path. What sensors cannot measure is entered
// on the "Check my signs" screen.
import { Batcher, RecordingPlayer, ReceiptClock, bluetoothSupport, chooseDevice, parseRecording } from '../bluetooth.mjs';
import { LEVEL_ORDER, levelNodes } from './_level.mjs';

// What each card shows, in order; blood pressure is one card of two parameters.
const CARDS = [
  { id: 'heart_rate', parameters: ['heart_rate'], digits: 0 },
  { id: 'pulse_rate', parameters: ['pulse_rate'], digits: 0 },
  { id: 'spo2', parameters: ['spo2'], digits: 0 },
  { id: 'blood_pressure', parameters: ['systolic_bp', 'diastolic_bp'], digits: 0 },
  { id: 'temperature', parameters: ['temperature'], digits: 1 },
  { id: 'blood_glucose', parameters: ['blood_glucose'], digits: 1 },
  { id: 'perfusion_index', parameters: ['perfusion_index'], digits: 1 },
  { id: 'hrv_rmssd', parameters: ['hrv_rmssd'], digits: 0 },
];
const ASSESS_EVERY_MS = 1500;
const DEMO_SPEEDS = [600, 3600];

// One hub per page: connections and the demo keep running while the person looks at other screens.
let hub = null;

function makeHub(app) {
  const state = {
    app,
    links: new Map(),
    devices: new Map(), // key → { name, state, detail }
    latest: new Map(), // parameter → reading JSON (with device, check, notes)
    totals: { notifications: 0, readings: 0, stored: 0, errors: 0, saved: null, dropped: 0, clockMoves: 0 },
    recentErrors: [],
    batchErrors: [],
    assessment: null,
    player: null,
    demo: null,
    listeners: new Set(),
    assessTimer: null,
    lastAssess: 0,
  };
  const changed = (what) => { for (const listener of state.listeners) listener(what); };
  state.changed = changed;
  state.clock = new ReceiptClock({ onJump: () => { state.totals.clockMoves += 1; changed('clock'); } });
  state.batcher = new Batcher((...args) => app.ingest(...args), {
    onAck(ack) {
      const t = state.totals;
      t.notifications += ack.notifications;
      t.readings += ack.readings;
      t.stored += ack.stored;
      t.errors += ack.error_count;
      t.saved = ack.saved;
      if (ack.clock_backwards_ms > 0) t.clockMoves += 1;
      for (const [parameter, reading] of Object.entries(ack.latest)) state.latest.set(parameter, reading);
      state.recentErrors.push(...ack.errors);
      state.recentErrors.splice(0, Math.max(0, state.recentErrors.length - 20));
      state.clock.check();
      changed('readings');
      scheduleAssess(state);
    },
    onError(problem) {
      state.batchErrors.push(problem);
      state.batchErrors.splice(0, Math.max(0, state.batchErrors.length - 5));
      changed('errors');
    },
    onDropped(detail) {
      state.totals.dropped = detail.total;
      changed('errors');
    },
  });
  return state;
}

function scheduleAssess(state) {
  if (state.assessTimer) return;
  const wait = Math.max(0, ASSESS_EVERY_MS - (performance.now() - state.lastAssess));
  state.assessTimer = setTimeout(() => { state.assessTimer = null; assess(state); }, wait);
}

async function assess(state) {
  state.lastAssess = performance.now();
  const readings = [...state.latest.values()].map(({ parameter, value, unit, time, source }) => ({ parameter, value, unit, time, source }));
  if (!readings.length) return;
  try {
    const profile = state.app.profile ? await state.app.profile() : null;
    state.assessment = await state.app.call('risk.assess', profile, readings, state.assessment);
    state.assessError = null;
  } catch (error) {
    state.assessError = error.message;
  }
  state.changed('risk');
}

function showConnection(state, key, name, connection, detail = {}) {
  state.devices.set(key, { name, state: connection, detail });
  state.changed('devices');
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function formatTime(i18n, iso) {
  const moment = new Date(iso);
  const sameDay = moment.toDateString() === new Date().toDateString();
  const options = sameDay ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'short', hour: '2-digit', minute: '2-digit' };
  return moment.toLocaleString(i18n.lang, options);
}

function formatValue(i18n, value, digits) {
  return new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export default {
  title: 'sensors.title',
  async render(root, app) {
    const { i18n } = app;
    if (!hub) hub = makeHub(app);
    const state = hub;

    const heading = element('h2', '', i18n.t('sensors.title'));
    const intro = element('p', '', i18n.t('sensors.intro'));
    root.append(heading, intro);

    // --- Connecting a real sensor ---
    const connectSection = element('section', 'stack');
    connectSection.setAttribute('aria-labelledby', 'sensors-connect-title');
    const connectTitle = element('h3', '', i18n.t('sensors.your_devices'));
    connectTitle.id = 'sensors-connect-title';
    const support = element('p', 'message');
    support.id = 'sensors-support';
    support.hidden = true;
    const connectRow = element('div', 'button-row');
    const connect = element('button', 'button', i18n.t('sensors.connect'));
    connect.type = 'button';
    connect.id = 'sensors-connect';
    connectRow.append(connect);
    const manual = element('a', 'button secondary', i18n.t('sensors.type_instead'));
    manual.href = '#/check';
    const connectMessage = element('p', 'message error');
    connectMessage.setAttribute('role', 'alert');
    connectMessage.hidden = true;
    const deviceList = element('ul', 'sensor-devices');
    deviceList.id = 'sensors-devices';
    deviceList.setAttribute('aria-live', 'polite');
    connectSection.append(connectTitle, support, connectRow, connectMessage, deviceList);

    const supported = await bluetoothSupport();
    if (supported !== 'ready') {
      support.hidden = false;
      support.dataset.support = supported;
      support.textContent = i18n.t(supported === 'missing' ? 'sensors.missing' : 'sensors.off');
      if (supported === 'missing') connect.hidden = true;
      connectRow.append(manual);
    }

    connect.addEventListener('click', async () => {
      connectMessage.hidden = true;
      try {
        const link = await chooseDevice({
          batcher: state.batcher,
          clock: state.clock,
          onState: (detail) => showConnection(state, detail.device, detail.name, detail.state, detail),
          onDisconnected: (key) => state.app.call('sensors.disconnected', key).catch(() => {}),
        });
        state.links.set(link.key, link);
      } catch (error) {
        connectMessage.hidden = false;
        connectMessage.textContent = error.name === 'NotFoundError'
          ? i18n.t('sensors.connect_cancelled')
          : i18n.t('sensors.connect_failed', { reason: error.message });
      }
    });

    // --- Live values ---
    const valuesSection = element('section', 'stack');
    valuesSection.setAttribute('aria-labelledby', 'sensors-values-title');
    const valuesTitle = element('h3', '', i18n.t('sensors.readings'));
    valuesTitle.id = 'sensors-values-title';
    const cards = element('div', 'sensor-cards');
    cards.id = 'sensors-values';
    const saved = element('p', 'note');
    saved.id = 'sensors-saved';
    const problems = element('div', 'stack');
    problems.id = 'sensors-problems';
    problems.setAttribute('aria-live', 'polite');
    valuesSection.append(valuesTitle, cards, saved, problems);

    // --- What it means ---
    const riskSection = element('section', 'stack');
    riskSection.setAttribute('aria-labelledby', 'sensors-risk-title');
    const riskTitle = element('h3', '', i18n.t('sensors.risk'));
    riskTitle.id = 'sensors-risk-title';
    const riskBody = element('div', 'stack');
    riskBody.id = 'sensors-risk';
    riskBody.setAttribute('aria-live', 'polite');
    const riskMissing = element('p', 'note', i18n.t('sensors.risk_missing'));
    const addManual = element('a', 'button secondary', i18n.t('sensors.add_manual'));
    addManual.href = '#/check';
    riskSection.append(riskTitle, riskBody, riskMissing, addManual);

    // --- Demo ---
    const demoSection = element('section', 'stack');
    demoSection.setAttribute('aria-labelledby', 'sensors-demo-title');
    const demoTitle = element('h3', '', i18n.t('sensors.demo'));
    demoTitle.id = 'sensors-demo-title';
    const demoIntro = element('p', 'note', i18n.t('sensors.demo_intro'));
    const demoForm = element('form', 'stack');
    demoForm.noValidate = true;
    const recordingSet = element('fieldset');
    recordingSet.append(element('legend', '', i18n.t('sensors.demo_choose')));
    const speedSet = element('fieldset');
    speedSet.append(element('legend', '', i18n.t('sensors.demo_speed')));
    DEMO_SPEEDS.forEach((speed, index) => {
      const label = element('label', 'choice');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'sensors-speed';
      input.value = String(speed);
      input.checked = index === 0;
      label.append(input, document.createTextNode(i18n.t(`sensors.speed.${speed}`)));
      speedSet.append(label);
    });
    const demoButtons = element('div', 'button-row');
    const demoStart = element('button', 'button', i18n.t('sensors.demo_start'));
    demoStart.type = 'submit';
    const demoStop = element('button', 'button secondary', i18n.t('sensors.demo_stop'));
    demoStop.type = 'button';
    demoButtons.append(demoStart, demoStop);
    const demoStatus = element('p', 'note');
    demoStatus.id = 'sensors-demo-status';
    demoStatus.setAttribute('role', 'status');
    demoForm.append(recordingSet, speedSet, demoButtons);
    demoSection.append(demoTitle, demoIntro, demoForm, demoStatus);

    root.append(connectSection, valuesSection, riskSection, demoSection);

    let recordings = [];
    try {
      const response = await fetch(new URL('../vendor/recordings/index.json', import.meta.url));
      if (!response.ok) throw new Error(String(response.status));
      recordings = await response.json();
    } catch (error) {
      demoStatus.textContent = i18n.t('sensors.demo_missing', { reason: error.message });
    }
    recordings.forEach((recording, index) => {
      const label = element('label', 'choice');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'sensors-recording';
      input.value = recording.name;
      input.checked = index === 0;
      label.append(input, document.createTextNode(i18n.t(`sensors.demo.${recording.name}`)));
      recordingSet.append(label);
    });

    demoForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (state.player) return;
      const chosen = recordings.find((r) => r.name === demoForm.querySelector('input[name="sensors-recording"]:checked')?.value);
      const speed = Number(demoForm.querySelector('input[name="sensors-speed"]:checked')?.value || DEMO_SPEEDS[0]);
      if (!chosen) return;
      await startDemo(state, chosen, speed);
    });
    demoStop.addEventListener('click', () => { if (state.player) state.player.stop(); });

    // --- Drawing ---
    function drawDevices() {
      deviceList.replaceChildren();
      if (!state.devices.size) {
        deviceList.append(element('li', 'note', i18n.t('sensors.no_devices')));
        return;
      }
      for (const [key, device] of state.devices) {
        const item = element('li', 'sensor-device');
        item.dataset.device = key;
        item.dataset.state = device.state;
        const name = device.name || i18n.t('sensors.unnamed');
        const detail = device.detail || {};
        let words;
        if (device.state === 'reconnecting' && detail.waitMs) {
          words = i18n.t('sensors.state.reconnecting', {
            name, seconds: Math.max(1, Math.round(detail.waitMs / 1000)), attempt: detail.attempt, of: detail.of,
          });
        } else if (device.state === 'reconnecting') {
          words = i18n.t('sensors.state.reconnecting_now', { name });
        } else {
          words = i18n.t(`sensors.state.${device.state}`, { name });
        }
        item.append(element('span', 'sensor-state', words));
        const link = state.links.get(key);
        if (link && device.state === 'lost') {
          const retry = element('button', 'button', i18n.t('sensors.try_again'));
          retry.type = 'button';
          retry.addEventListener('click', () => link.retry());
          item.append(retry);
        } else if (link && device.state !== 'closed') {
          const close = element('button', 'button secondary', i18n.t('sensors.disconnect', { name }));
          close.type = 'button';
          close.addEventListener('click', async () => {
            await link.close();
            state.links.delete(key);
          });
          item.append(close);
        }
        deviceList.append(item);
      }
    }

    function drawReadings() {
      cards.replaceChildren();
      for (const card of CARDS) {
        const readings = card.parameters.map((parameter) => state.latest.get(parameter));
        if (!readings[0]) continue;
        const box = element('article', 'sensor-card');
        box.dataset.parameter = card.id;
        const label = element('h4', 'sensor-label', i18n.t(`sensors.param.${card.id}`));
        const value = element('p', 'sensor-value');
        value.dataset.value = readings.map((reading) => (reading ? reading.value : '')).join('/');
        value.append(
          element('span', 'sensor-number', readings.map((reading) => (reading ? formatValue(i18n, reading.value, card.digits) : '–')).join('/')),
          document.createTextNode(' '),
          element('span', 'sensor-unit', i18n.t(`sensors.unit.${card.id}`)),
        );
        const when = element('p', 'note sensor-time', i18n.t('sensors.measured_at', { time: formatTime(i18n, readings[0].time) }));
        box.append(label, value, when);
        for (const reading of readings) {
          if (reading && !reading.plausible) {
            box.classList.add('implausible');
            box.append(element('p', 'sensor-warning', i18n.t('sensors.implausible', { message: reading.check_message })));
          }
        }
        const notes = [...new Set(readings.flatMap((reading) => (reading ? reading.notes : [])))];
        if (notes.length) box.append(element('p', 'note sensor-notes', i18n.t('sensors.device_says', { notes: notes.join('; ') })));
        cards.append(box);
      }
      if (!cards.childElementCount) cards.append(element('p', 'note', i18n.t('sensors.no_readings')));
      const t = state.totals;
      saved.dataset.saved = String(t.saved);
      if (t.saved === null) saved.textContent = '';
      else saved.textContent = t.saved ? i18n.t('sensors.saved', { count: t.stored }) : i18n.t('sensors.not_saved', { count: t.readings });
    }

    function drawProblems() {
      problems.replaceChildren();
      const t = state.totals;
      if (t.errors) {
        const message = element('p', 'message', i18n.t('sensors.problems', { count: t.errors }));
        message.id = 'sensors-parse-errors';
        const details = document.createElement('details');
        details.append(element('summary', '', i18n.t('sensors.problem_details')));
        const list = element('ul', 'sensor-errors');
        for (const error of state.recentErrors) list.append(element('li', '', `${error.characteristic}: ${error.message} (${error.hex})`));
        details.append(list);
        problems.append(message, details);
      }
      for (const problem of state.batchErrors) {
        problems.append(element('p', 'message error', i18n.t('sensors.batch_failed', { reason: problem.message })));
      }
      if (t.dropped) problems.append(element('p', 'message', i18n.t('sensors.dropped', { count: t.dropped })));
      if (t.clockMoves) {
        const clock = element('p', 'note', i18n.t('sensors.clock_moved'));
        clock.id = 'sensors-clock';
        problems.append(clock);
      }
    }

    function drawRisk() {
      riskBody.replaceChildren();
      if (state.assessError) {
        riskBody.append(element('p', 'message error', i18n.t('check.failed', { reason: state.assessError })));
      } else if (state.assessment) {
        riskBody.append(...levelNodes(i18n, state.assessment, 'sensors'));
        riskBody.dataset.rank = String(LEVEL_ORDER.indexOf(state.assessment.level));
      } else {
        riskBody.append(element('p', 'note', i18n.t('sensors.risk_waiting')));
      }
    }

    function drawDemo() {
      const playing = Boolean(state.player);
      demoStart.disabled = playing;
      demoStop.hidden = !playing;
      if (state.demo) {
        const { name, progress, done } = state.demo;
        demoStatus.dataset.done = String(Boolean(done));
        demoStatus.textContent = done
          ? i18n.t('sensors.demo_done', { name: i18n.t(`sensors.demo.${name}`) })
          : i18n.t('sensors.demo_playing', { name: i18n.t(`sensors.demo.${name}`), percent: Math.floor(progress * 100) });
      }
    }

    const listener = (what) => {
      if (!root.contains(heading)) {
        state.listeners.delete(listener);
        return;
      }
      if (what === 'devices') drawDevices();
      if (what === 'readings') { drawReadings(); drawProblems(); }
      if (what === 'errors' || what === 'clock') drawProblems();
      if (what === 'risk') drawRisk();
      if (what === 'demo') { drawDemo(); drawDevices(); }
    };
    state.listeners.add(listener);
    drawDevices();
    drawReadings();
    drawProblems();
    drawRisk();
    drawDemo();
  },
};

async function startDemo(state, chosen, speed) {
  const { app } = state;
  state.demo = { name: chosen.name, progress: 0, done: false };
  const response = await fetch(new URL(`../vendor/recordings/${chosen.file}`, import.meta.url));
  const recording = parseRecording(await response.text());
  // A new demo starts a new session: fresh counts, windows and level.
  await app.call('sensors.reset');
  state.latest.clear();
  Object.assign(state.totals, { notifications: 0, readings: 0, stored: 0, errors: 0, saved: null, dropped: 0, clockMoves: 0 });
  state.recentErrors.length = 0;
  state.batchErrors.length = 0;
  state.assessment = null;
  for (const key of [...state.devices.keys()]) if (key.startsWith('demo:')) state.devices.delete(key);
  const names = (device) => app.i18n.t(`sensors.demo_device.${device}`);
  state.player = new RecordingPlayer(recording, {
    batcher: state.batcher,
    speed,
    onConnection: async (key, connection) => {
      showConnection(state, key, names(key.slice(5)), connection);
      // A recorded drop: the heart-rate variability window restarts in Python, as for a real device.
      if (connection === 'reconnecting') await app.call('sensors.disconnected', key).catch(() => {});
    },
    onClockJump: () => { state.totals.clockMoves += 1; state.changed('clock'); },
    onProgress: (progress) => { state.demo.progress = progress; state.changed('demo'); },
  });
  state.changed('readings');
  state.changed('risk');
  state.changed('demo');
  try {
    await state.player.play();
  } finally {
    for (const key of [...state.devices.keys()]) {
      if (key.startsWith('demo:')) state.devices.set(key, { ...state.devices.get(key), state: 'closed' });
    }
    state.player = null;
    state.demo.done = true;
    await assess(state);
    state.changed('demo');
  }
}
