// "Help me": reachable from every screen, works before Python is ready and without a network.
export default {
  title: 'help.title',
  async render(root, app) {
    const { i18n } = app;
    const heading = document.createElement('h2');
    heading.textContent = i18n.t('help.title');
    const emergency = document.createElement('p');
    emergency.textContent = i18n.t('help.emergency');
    const call = document.createElement('a');
    call.className = 'button';
    call.href = 'tel:112';
    call.textContent = i18n.t('help.call', { number: '112' });
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = i18n.t('help.number_note');
    const show = document.createElement('p');
    show.textContent = i18n.t('help.show_doctor');
    const stack = document.createElement('div');
    stack.className = 'stack';
    stack.append(emergency, call, note, show);
    root.append(heading, stack);
  },
};
