// Bluetooth health sensors in the page: Web Bluetooth for the standard GATT services, notifications
// batched per characteristic into one transferable ArrayBuffer for the Python worker, reconnection
// with bounded back-off, a cap on what a flooding device can queue, and the demo's recording player,
// which feeds the very same batcher. Parsing, checking and saving happen in Python (wayfarer.ingest).

// Services a person's sensors offer (16-bit SIG numbers) and their measurement characteristics.
export const SERVICES = Object.freeze({
  heart_rate: 0x180d,
  pulse_oximeter: 0x1822,
  blood_pressure: 0x1810,
  health_thermometer: 0x1809,
  glucose: 0x1808,
});
export const MEASUREMENTS = Object.freeze({
  [SERVICES.heart_rate]: [0x2a37],
  [SERVICES.pulse_oximeter]: [0x2a5f, 0x2a5e],
  [SERVICES.blood_pressure]: [0x2a35],
  [SERVICES.health_thermometer]: [0x2a1c],
  [SERVICES.glucose]: [0x2a18],
});

export const BATCH = Object.freeze({ flushMs: 250, maxBatch: 64, catchUpBatch: 8192, maxQueued: 8192, maxInFlight: 4 });
export const BACKOFF = Object.freeze({ baseMs: 1000, maxMs: 30000, maxAttempts: 8 });

const hex4 = (uuid) => `0x${uuid.toString(16).toUpperCase().padStart(4, '0')}`;

// Observers outside the screen (tests, the benchmark) listen to this event on window; `detail` is
// { type: 'ack' | 'error' | 'dropped' | 'state' | 'clock', ... }.
export const EVENT = 'wayfarer-sensors';
function announce(detail) {
  window.dispatchEvent(new CustomEvent(EVENT, { detail }));
}

// 'ready' | 'off' (the adapter is off or absent) | 'missing' (no Web Bluetooth: iOS, Firefox...).
export async function bluetoothSupport() {
  const bluetooth = navigator.bluetooth;
  if (!bluetooth || typeof bluetooth.requestDevice !== 'function') return 'missing';
  if (typeof bluetooth.getAvailability === 'function') {
    try {
      if (!(await bluetooth.getAvailability())) return 'off';
    } catch {
      // Some browsers throw here while still allowing requestDevice; let the person try.
    }
  }
  return 'ready';
}

// Receive times: performance.timeOrigin + performance.now() never runs backwards inside a page,
// whatever the phone's wall clock does. check() compares it with Date.now() and reports a wall-clock
// jump (a time-zone or network-time correction) so the screen and the log can say so.
export class ReceiptClock {
  constructor({ thresholdMs = 2000, onJump = () => {} } = {}) {
    this.thresholdMs = thresholdMs;
    this.onJump = onJump;
    this.skew = Date.now() - this.now();
  }

  now() {
    return performance.timeOrigin + performance.now();
  }

  check() {
    const skew = Date.now() - this.now();
    const moved = skew - this.skew;
    if (Math.abs(moved) < this.thresholdMs) return 0;
    this.skew = skew;
    const detail = { type: 'clock', movedMs: moved, backwards: moved < 0 };
    console.warn(`Wayfarer sensors: the phone's clock moved ${(moved / 1000).toFixed(1)} s; readings keep the steady receive time`);
    announce(detail);
    this.onJump(detail);
    return moved;
  }
}

// Exponential back-off with "equal jitter": attempt n waits between half and all of
// min(maxMs, baseMs * 2^n), so waits never shrink from one attempt to the next and many phones
// reconnecting at once do not hammer their sensors in step.
export function backoffDelay(attempt, { baseMs = BACKOFF.baseMs, maxMs = BACKOFF.maxMs } = {}, random = Math.random) {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}

// Collects notifications per device and characteristic, and sends each group to the worker as one
// ArrayBuffer (payloads back to back) + Uint16Array lengths + Float64Array receive times, every
// flushMs or maxBatch notifications. One batch per group is in flight at a time, so the worker sees
// a device's notifications in order; a backlog goes out in bigger catch-up batches. At most
// maxQueued notifications wait: beyond that the oldest are dropped and counted, so a device that
// floods cannot exhaust memory.
//
// Saving: the worker shows each batch at once but writes a device's readings to the encrypted
// store together, at most ~5 s after the first of them (wayfarer.ingest.SAVE_EVERY_MS). An answer
// acknowledges only what was written (`notifications`, `readings`, `stored`) and says how many
// wait (`pending`) and for how long (`save_in_ms`): the batcher then sends an empty batch when
// that time is up, and before a device's disconnect is handled (flushDevice) or a drain.
export class Batcher {
  constructor(ingest, options = {}) {
    this.ingest = ingest;
    this.options = { ...BATCH, ...options };
    this.onAck = options.onAck || (() => {});
    this.onError = options.onError || (() => {});
    this.onDropped = options.onDropped || (() => {});
    this.groups = new Map();
    this.queued = 0;
    this.inFlight = 0;
    this.dropped = 0;
    this.droppedUnreported = 0;
    this.timer = null;
    this.idle = [];
  }

  push(device, uuid, view, receivedAt, label = null) {
    const key = `${device}\u0000${uuid}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { key, device, uuid, label, views: [], times: [], head: 0, sending: null, pending: 0, saveDue: false, saveTimer: null };
      this.groups.set(key, group);
    }
    group.views.push(view);
    group.times.push(receivedAt);
    this.queued += 1;
    if (this.queued > this.options.maxQueued) this.dropOldest();
    if (group.views.length - group.head >= this.options.maxBatch) this.send(group);
    else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.options.flushMs);
  }

  dropOldest() {
    let oldest = null;
    for (const group of this.groups.values()) {
      if (group.views.length > group.head && (!oldest || group.times[group.head] < oldest.times[oldest.head])) oldest = group;
    }
    if (!oldest) return;
    oldest.views[oldest.head] = undefined;
    oldest.head += 1;
    this.queued -= 1;
    this.dropped += 1;
    this.droppedUnreported += 1;
    if (oldest.head > 1024 && oldest.head * 2 > oldest.views.length) this.compact(oldest);
  }

  compact(group) {
    group.views = group.views.slice(group.head);
    group.times = group.times.slice(group.head);
    group.head = 0;
  }

  reportDropped() {
    if (!this.droppedUnreported) return;
    const count = this.droppedUnreported;
    this.droppedUnreported = 0;
    console.warn(`Wayfarer sensors: a device sent more than could be processed; ${count} notifications dropped (oldest first), ${this.dropped} in all`);
    const detail = { type: 'dropped', count, total: this.dropped };
    announce(detail);
    this.onDropped(detail);
  }

  // Send everything waiting (timer tick); resolves when the batches sent now are acknowledged.
  flush() {
    clearTimeout(this.timer);
    this.timer = null;
    return Promise.all([...this.groups.values()].map((group) => this.send(group)));
  }

  // Send and wait until nothing of `device` is waiting, in flight or unsaved (before a disconnect is
  // handled).
  async flushDevice(device) {
    for (;;) {
      const groups = [...this.groups.values()].filter((group) => group.device === device);
      const busy = groups.filter((group) => group.sending || group.views.length > group.head || group.pending > 0);
      if (!busy.length) return;
      await Promise.all(busy.map((group) => group.sending || this.saveNow(group)));
    }
  }

  // Resolves when nothing is waiting, nothing is in flight and nothing waits to be saved.
  async drain() {
    for (;;) {
      const unsaved = [...this.groups.values()].filter((group) => group.pending > 0 && !group.sending);
      if (!(this.queued > 0 || this.inFlight > 0 || unsaved.length)) return;
      await Promise.all([this.flush(), ...unsaved.map((group) => this.saveNow(group))]);
      if (this.inFlight > 0) await new Promise((resolve) => this.idle.push(resolve));
    }
  }

  // Ask the worker to write what it holds of this group's device now (an empty batch if none waits).
  saveNow(group) {
    clearTimeout(group.saveTimer);
    group.saveTimer = null;
    group.saveDue = true;
    return this.send(group);
  }

  send(group) {
    if (group.sending) return group.sending;
    const waiting = group.views.length - group.head;
    if (!waiting && !group.saveDue) return Promise.resolve();
    if (this.inFlight >= this.options.maxInFlight) {
      if (!this.timer) this.timer = setTimeout(() => this.flush(), this.options.flushMs);
      return Promise.resolve();
    }
    group.saveDue = false;
    const count = Math.min(waiting, waiting > this.options.maxBatch ? this.options.catchUpBatch : this.options.maxBatch);
    const start = group.head;
    const lengths = new Uint16Array(count);
    const times = new Float64Array(count);
    let total = 0;
    for (let i = 0; i < count; i += 1) {
      lengths[i] = group.views[start + i].byteLength;
      total += lengths[i];
      times[i] = group.times[start + i];
    }
    const buffer = new ArrayBuffer(total);
    const bytes = new Uint8Array(buffer);
    let offset = 0;
    for (let i = 0; i < count; i += 1) {
      const view = group.views[start + i];
      bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), offset);
      offset += view.byteLength;
    }
    group.head += count;
    this.queued -= count;
    if (group.head === group.views.length) {
      group.views = [];
      group.times = [];
      group.head = 0;
    } else if (group.head > 1024) {
      this.compact(group);
    }
    this.reportDropped();
    this.inFlight += 1;
    const sent = performance.now();
    group.sending = (async () => {
      try {
        const ack = await this.ingest(group.device, group.uuid, buffer, lengths, times, group.label);
        ack.roundTripMs = performance.now() - sent;
        group.pending = ack.pending || 0;
        clearTimeout(group.saveTimer);
        group.saveTimer = null;
        if (group.pending > 0 && ack.save_in_ms != null) {
          group.saveTimer = setTimeout(() => {
            group.saveTimer = null;
            if (group.pending > 0) this.saveNow(group);
          }, ack.save_in_ms + 1);
        }
        announce({ type: 'ack', ack });
        this.onAck(ack);
      } catch (error) {
        const problem = { device: group.device, uuid: hex4(group.uuid), count, name: error.name, message: error.message };
        console.error(`Wayfarer sensors: a batch of ${count} from ${group.device} (${problem.uuid}) was not taken: ${error.message}`);
        announce({ type: 'error', error: problem });
        this.onError(problem);
      } finally {
        this.inFlight -= 1;
        group.sending = null;
        if (group.saveDue) this.send(group);
        else if (group.views.length > group.head) {
          if (group.views.length - group.head >= this.options.maxBatch) this.send(group);
          else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.options.flushMs);
        }
        if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
      }
    })();
    return group.sending;
  }
}

// One real sensor: connects, subscribes to every measurement it offers, feeds the batcher, and
// reconnects with back-off when it drops. States: connecting, connected, reconnecting (attempt,
// waitMs), lost (gave up after maxAttempts), closed (the person disconnected it).
export class DeviceLink {
  constructor(device, { batcher, clock, onState = () => {}, onDisconnected = async () => {}, backoff = {} }) {
    this.device = device;
    this.key = `ble:${device.id}`;
    this.name = device.name || '';
    this.batcher = batcher;
    this.clock = clock;
    this.onState = onState;
    this.onDisconnected = onDisconnected;
    this.backoff = { ...BACKOFF, ...backoff };
    this.subscriptions = [];
    this.attempt = 0;
    this.retryTimer = null;
    this.closed = false;
    this.kinds = [];
    this.dropped = () => this.handleDrop();
    device.addEventListener('gattserverdisconnected', this.dropped);
  }

  setState(state, extra = {}) {
    this.state = state;
    const detail = { type: 'state', device: this.key, name: this.name, state, kinds: this.kinds, ...extra };
    announce(detail);
    this.onState(detail);
  }

  async connect() {
    this.setState(this.attempt ? 'reconnecting' : 'connecting', { attempt: this.attempt });
    const server = await this.device.gatt.connect();
    this.unsubscribe();
    const kinds = [];
    for (const [service, characteristics] of Object.entries(MEASUREMENTS)) {
      let primary;
      try {
        primary = await server.getPrimaryService(Number(service));
      } catch {
        continue;
      }
      for (const uuid of characteristics) {
        let characteristic;
        try {
          characteristic = await primary.getCharacteristic(uuid);
        } catch {
          continue;
        }
        const listener = (event) => this.batcher.push(this.key, uuid, event.target.value, this.clock.now(), this.name || null);
        characteristic.addEventListener('characteristicvaluechanged', listener);
        await characteristic.startNotifications();
        this.subscriptions.push({ characteristic, listener });
        kinds.push(hex4(uuid));
      }
    }
    if (!this.subscriptions.length) {
      this.device.gatt.disconnect();
      const error = new Error('this device offers none of the health measurements the app reads');
      error.name = 'NoMeasurementError';
      throw error;
    }
    this.kinds = kinds;
    this.attempt = 0;
    this.setState('connected');
  }

  unsubscribe() {
    for (const { characteristic, listener } of this.subscriptions.splice(0)) {
      characteristic.removeEventListener('characteristicvaluechanged', listener);
    }
  }

  async handleDrop() {
    if (this.closed || this.state === 'reconnecting') return;
    this.unsubscribe();
    this.setState('reconnecting', { attempt: this.attempt, waitMs: 0 });
    await this.batcher.flushDevice(this.key);
    await this.onDisconnected(this.key);
    this.scheduleRetry();
  }

  scheduleRetry() {
    if (this.closed) return;
    if (this.attempt >= this.backoff.maxAttempts) {
      this.setState('lost', { attempts: this.attempt });
      return;
    }
    const waitMs = backoffDelay(this.attempt, this.backoff);
    this.attempt += 1;
    this.setState('reconnecting', { attempt: this.attempt, of: this.backoff.maxAttempts, waitMs });
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = null;
      try {
        await this.connect();
      } catch (error) {
        console.warn(`Wayfarer sensors: reconnecting to ${this.name || this.key} failed (attempt ${this.attempt}): ${error.message}`);
        this.scheduleRetry();
      }
    }, waitMs);
  }

  // Try again now (after 'lost'): the back-off starts over.
  retry() {
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    this.connect().catch(() => this.scheduleRetry());
  }

  async close() {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.unsubscribe();
    this.device.removeEventListener('gattserverdisconnected', this.dropped);
    await this.batcher.flushDevice(this.key);
    if (this.device.gatt.connected) this.device.gatt.disconnect();
    this.setState('closed');
  }
}

// Ask the person to choose a sensor (the browser's own chooser), then connect to it.
export async function chooseDevice(options) {
  const services = Object.values(SERVICES);
  const device = await navigator.bluetooth.requestDevice({
    filters: services.map((service) => ({ services: [service] })),
    optionalServices: services,
  });
  const link = new DeviceLink(device, options);
  await link.connect();
  return link;
}

// ---- The recorded-device simulator (demo mode) ----

function hexBytes(text, line) {
  if (typeof text !== 'string' || text.length % 2 || /[^0-9a-f]/i.test(text)) {
    throw new Error(`recording line ${line}: 'hex' is not hexadecimal`);
  }
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

// A recording's text (format wayfarer-ble-replay/1, see wayfarer.sensors.replay) → header + entries.
export function parseRecording(text) {
  const lines = text.split('\n');
  let header = null;
  const entries = [];
  lines.forEach((raw, index) => {
    if (!raw.trim()) return;
    const row = JSON.parse(raw);
    if (!header) {
      if (row.format !== 'wayfarer-ble-replay/1') throw new Error(`recording line ${index + 1}: not a wayfarer-ble-replay/1 header`);
      header = row;
      return;
    }
    if (row.event === 'clock_jump') entries.push({ t: row.t, kind: 'clock_jump', seconds: row.seconds });
    else if (row.event) entries.push({ t: row.t, kind: row.event, device: row.device });
    else {
      const uuid = typeof row.uuid === 'number' ? row.uuid : parseInt(row.uuid, 16);
      entries.push({ t: row.t, kind: 'notification', device: row.device, uuid, bytes: hexBytes(row.hex, index + 1) });
    }
  });
  if (!header) throw new Error('the recording is empty');
  const duration = entries.length ? entries[entries.length - 1].t : 0;
  return { name: header.name, description: header.description, devices: header.devices || {}, duration, entries };
}

// Plays a recording into the batcher, `speed` recorded seconds per real second. Receive times are
// placed so the recording ends about when the replay ends (nothing is dated in the future), plus
// the recording's clock jumps: exactly what the app would see from real devices.
export class RecordingPlayer {
  constructor(recording, { batcher, speed = 600, onConnection = async () => {}, onClockJump = () => {}, onProgress = () => {} }) {
    this.recording = recording;
    this.batcher = batcher;
    this.speed = speed;
    this.onConnection = onConnection;
    this.onClockJump = onClockJump;
    this.onProgress = onProgress;
    this.index = 0;
    this.jumpMs = 0;
    this.stopped = false;
    this.devices = new Set();
  }

  key(device) {
    return `demo:${device}`;
  }

  async play() {
    const { duration, entries } = this.recording;
    const startedAt = performance.now();
    this.anchorMs = performance.timeOrigin + startedAt + (duration * 1000) / this.speed - duration * 1000;
    for (const entry of entries) if (entry.device) this.devices.add(entry.device);
    for (const device of this.devices) await this.onConnection(this.key(device), 'connected');
    while (!this.stopped && this.index < entries.length) {
      const reached = ((performance.now() - startedAt) / 1000) * this.speed;
      while (this.index < entries.length && entries[this.index].t <= reached) {
        await this.emit(entries[this.index]);
        this.index += 1;
      }
      this.onProgress(Math.min(1, reached / Math.max(duration, 1e-9)));
      if (this.index < entries.length) await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await this.batcher.drain();
    this.onProgress(1);
    return !this.stopped;
  }

  async emit(entry) {
    if (entry.kind === 'notification') {
      const view = new DataView(entry.bytes.buffer.slice(0));
      this.batcher.push(this.key(entry.device), entry.uuid, view, this.anchorMs + entry.t * 1000 + this.jumpMs);
    } else if (entry.kind === 'clock_jump') {
      this.jumpMs += entry.seconds * 1000;
      this.onClockJump({ type: 'clock', movedMs: entry.seconds * 1000, backwards: entry.seconds < 0 });
    } else {
      const key = this.key(entry.device);
      if (entry.kind === 'disconnect') await this.batcher.flushDevice(key);
      await this.onConnection(key, entry.kind === 'disconnect' ? 'reconnecting' : 'connected');
    }
  }

  stop() {
    this.stopped = true;
  }
}
