import { SCREENS } from './registry.mjs';

export default {
  title: 'home.title',
  async render(root, app) {
    const { i18n } = app;
    const heading = document.createElement('h2');
    heading.textContent = i18n.t('home.title');
    const intro = document.createElement('p');
    intro.textContent = i18n.t('home.intro');
    const status = document.createElement('p');
    status.className = 'message';
    status.setAttribute('role', 'status');
    status.textContent = i18n.t('home.engine_starting');
    app.ready.then(() => { status.textContent = i18n.t('home.engine_ready'); }, () => { status.hidden = true; });
    const menu = document.createElement('ul');
    menu.className = 'menu';
    for (const screen of SCREENS.filter((s) => s.menu)) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'button menu-button';
      link.href = `#/${screen.id}`;
      link.textContent = i18n.t(screen.menuLabel || screen.title);
      item.append(link);
      menu.append(item);
    }
    root.append(heading, intro, status);
    if (menu.childElementCount) root.append(menu);
  },
};
