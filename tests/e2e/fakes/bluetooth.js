// A scripted stand-in for navigator.bluetooth, installed as an init script before the app loads.
// It replaces only the hardware boundary: requestDevice → gatt.connect → getPrimaryService →
// getCharacteristic → startNotifications → 'characteristicvaluechanged' events whose value is a
// DataView over a fresh ArrayBuffer, plus 'gattserverdisconnected'. Tests drive it through
// window.fakeBluetooth: add devices, choose one, notify hex payloads, drop, fail reconnects.
(() => {
  const canonical = (uuid) => (typeof uuid === 'number' ? uuid : parseInt(String(uuid).slice(4, 8), 16));
  const notFound = (what) => Object.assign(new Error(`${what} not found`), { name: 'NotFoundError' });

  class FakeCharacteristic extends EventTarget {
    constructor(service, uuid) {
      super();
      this.service = service;
      this.uuid = uuid;
      this.value = null;
      this.notifying = false;
    }
    async startNotifications() {
      if (!this.service.device.gatt.connected) throw Object.assign(new Error('GATT Server is disconnected'), { name: 'NetworkError' });
      this.notifying = true;
      return this;
    }
    async stopNotifications() {
      this.notifying = false;
      return this;
    }
    emit(bytes) {
      if (!this.notifying || !this.service.device.gatt.connected) return false;
      const buffer = new ArrayBuffer(bytes.length);
      new Uint8Array(buffer).set(bytes);
      this.value = new DataView(buffer);
      this.dispatchEvent(new Event('characteristicvaluechanged'));
      return true;
    }
  }

  class FakeService {
    constructor(device, uuid, characteristics) {
      this.device = device;
      this.uuid = uuid;
      this.characteristics = new Map(characteristics.map((c) => [c, new FakeCharacteristic(this, c)]));
    }
    async getCharacteristic(uuid) {
      const found = this.characteristics.get(canonical(uuid));
      if (!found) throw notFound(`characteristic ${uuid}`);
      return found;
    }
  }

  class FakeDevice extends EventTarget {
    constructor(id, name, services) {
      super();
      this.id = id;
      this.name = name;
      this.services = new Map(Object.entries(services).map(([s, cs]) => [Number(s), new FakeService(this, Number(s), cs)]));
      this.failConnects = 0;
      this.connectTimes = [];
      const device = this;
      this.gatt = {
        device,
        connected: false,
        async connect() {
          device.connectTimes.push(performance.now());
          if (device.failConnects > 0) {
            device.failConnects -= 1;
            throw Object.assign(new Error('Connection failed for unknown reason.'), { name: 'NetworkError' });
          }
          this.connected = true;
          return this;
        },
        disconnect() {
          if (!this.connected) return;
          this.connected = false;
          for (const service of device.services.values()) for (const c of service.characteristics.values()) c.notifying = false;
          device.dispatchEvent(new Event('gattserverdisconnected'));
        },
        async getPrimaryService(uuid) {
          if (!this.connected) throw Object.assign(new Error('GATT Server is disconnected'), { name: 'NetworkError' });
          const found = device.services.get(canonical(uuid));
          if (!found) throw notFound(`service ${uuid}`);
          return found;
        },
      };
    }
    characteristic(uuid) {
      for (const service of this.services.values()) {
        const found = service.characteristics.get(uuid);
        if (found) return found;
      }
      throw new Error(`fake device ${this.id} has no characteristic ${uuid}`);
    }
  }

  const hexBytes = (hex) => Uint8Array.from(hex.replace(/\s+/g, '').match(/../g) || [], (h) => parseInt(h, 16));

  const control = {
    devices: new Map(),
    chooser: [],
    requests: [],
    add(id, name, services) {
      const device = new FakeDevice(id, name, services);
      this.devices.set(id, device);
      return id;
    },
    choose(id) {
      this.chooser.push(id);
    },
    notify(id, uuid, hex) {
      return this.devices.get(id).characteristic(uuid).emit(hexBytes(hex));
    },
    notifyMany(id, uuid, hexes) {
      const c = this.devices.get(id).characteristic(uuid);
      let sent = 0;
      for (const hex of hexes) if (c.emit(hexBytes(hex))) sent += 1;
      return sent;
    },
    // Emit `count` notifications of one payload as fast as possible, in slices of `slice` so the
    // page's timers still run; resolves with the number sent.
    async flood(id, uuid, hex, count, slice = 4096) {
      const c = this.devices.get(id).characteristic(uuid);
      const bytes = hexBytes(hex);
      let sent = 0;
      while (sent < count) {
        const end = Math.min(count, sent + slice);
        for (; sent < end; sent += 1) c.emit(bytes);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return sent;
    },
    drop(id) {
      this.devices.get(id).gatt.disconnect();
    },
    failNextConnects(id, n) {
      this.devices.get(id).failConnects = n;
    },
    connectTimes(id) {
      return this.devices.get(id).connectTimes;
    },
  };
  window.fakeBluetooth = control;

  const bluetooth = {
    async getAvailability() {
      return true;
    },
    async requestDevice(options) {
      control.requests.push(JSON.parse(JSON.stringify(options)));
      const id = control.chooser.shift();
      if (!id) throw notFound('User cancelled the requestDevice() chooser.');
      const device = control.devices.get(id);
      const wanted = new Set((options.filters || []).flatMap((f) => (f.services || []).map(canonical)));
      if (![...device.services.keys()].some((s) => wanted.has(s))) throw notFound('No device matches the filters');
      return device;
    },
  };
  Object.defineProperty(Navigator.prototype, 'bluetooth', { configurable: true, get: () => bluetooth });
})();
