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
    root.append(heading, intro, status);
  },
};
