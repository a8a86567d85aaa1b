// A browser without Web Bluetooth (iOS Safari, Firefox): navigator.bluetooth is undefined.
Object.defineProperty(Navigator.prototype, 'bluetooth', { configurable: true, get: () => undefined });
