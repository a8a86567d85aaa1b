// Every screen of the app, in menu order. A screen module's default export is
// { title: '<i18n key>', render(root, app) }. `menu: true` puts a large button on Home.
// Add one line per screen; the E2E tests visit every id listed here (axe, "Help me", touch targets).
export const SCREENS = [
  { id: 'home', title: 'home.title', load: () => import('./home.mjs') },
  { id: 'help', title: 'help.title', load: () => import('./help.mjs') },
  { id: 'check', title: 'check.title', menu: true, menuLabel: 'check.menu', load: () => import('./check.mjs') },
  { id: 'sensors', title: 'sensors.title', menu: true, menuLabel: 'sensors.menu', load: () => import('./sensors.mjs') },
  { id: 'talk', title: 'talk.title', menu: true, menuLabel: 'talk.menu', load: () => import('./talk.mjs') },
  { id: 'settings', title: 'settings.title', load: () => import('./settings.mjs') },
  { id: 'profile', title: 'profile.title', menu: true, menuLabel: 'profile.menu', load: () => import('./profile.mjs') },
  { id: 'privacy', title: 'privacy.title', menu: true, menuLabel: 'privacy.menu', load: () => import('./privacy.mjs') },
];
