// "My privacy": set up a passphrase (recovery code shown once), unlock and lock, an optional
// passkey, who can see my data, the activity log, the emergency card, download and delete
// everything, and the record of processing. One decision per step; every action goes to Python.
import { createPasskey, passkeyPrf, passkeysAvailable } from '../passkey.mjs';

const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
};

const button = (id, label, onclick, secondary = false) =>
  el('button', { type: 'button', id, class: secondary ? 'button secondary' : 'button', text: label, onclick });

function field(id, label, type = 'password', autocomplete = 'current-password') {
  const input = el('input', { id, type, class: 'big-input privacy-input', autocomplete, spellcheck: 'false' });
  return [el('label', { for: id, class: 'big-label', text: label }), input];
}

export default {
  title: 'privacy.title',
  async render(root, app) {
    const { i18n } = app;
    const t = (key, params) => i18n.t(`privacy.${key}`, params);
    let view = 'main';
    let recoveryCode = null;
    let notice = null;

    const message = (text, isError = false) => {
      notice = text ? { text, isError } : null;
    };

    async function attempt(action) {
      try {
        await action();
      } catch (error) {
        message(error.message, true);
      }
      await draw();
    }

    function noticeNode() {
      const p = el('p', { id: 'privacy-message', role: isErrorNotice() ? 'alert' : 'status' });
      if (notice) {
        p.className = notice.isError ? 'message error' : 'message';
        p.textContent = notice.text;
      } else {
        p.hidden = true;
      }
      return p;
    }
    const isErrorNotice = () => !!(notice && notice.isError);

    const back = () => button('privacy-back', t('back'), () => { view = 'main'; message(null); draw(); }, true);

    function setupView() {
      const form = el('div', { class: 'stack' },
        el('p', { text: t('setup_intro') }),
        ...field('privacy-passphrase', t('passphrase_new'), 'password', 'new-password'),
        ...field('privacy-passphrase-again', t('passphrase_again'), 'password', 'new-password'),
        el('p', { class: 'note', text: t('passphrase_hint') }),
      );
      form.append(button('privacy-setup', t('setup_button'), () => attempt(async () => {
        const first = root.querySelector('#privacy-passphrase').value;
        const again = root.querySelector('#privacy-passphrase-again').value;
        if (first !== again) throw new Error(t('passphrase_mismatch'));
        recoveryCode = (await app.call('store.setup', first)).recovery_code;
        message(null);
      })));
      return [el('h3', { text: t('setup_title') }), form];
    }

    function recoveryView() {
      const written = el('input', { type: 'checkbox', id: 'privacy-written-down' });
      const proceed = button('privacy-continue', t('continue'), () => {
        if (!written.checked) { message(t('write_it_first'), true); draw(); return; }
        recoveryCode = null;
        message(t('setup_done'));
        draw();
      });
      return [
        el('h3', { text: t('recovery_title') }),
        el('p', { text: t('recovery_intro') }),
        el('p', { id: 'privacy-recovery-code', class: 'privacy-code', text: recoveryCode }),
        el('p', { class: 'note', text: t('recovery_once') }),
        el('label', { class: 'choice' }, written, document.createTextNode(t('written_down'))),
        proceed,
      ];
    }

    function lockedView(status) {
      const nodes = [el('h3', { text: t('locked_title') }), el('p', { text: t('locked_intro') })];
      if (status.wait_seconds > 0) nodes.push(el('p', { class: 'message', text: t('wait', { seconds: status.wait_seconds }) }));
      if (view === 'recovery') {
        nodes.push(...field('privacy-recovery', t('recovery_label'), 'text', 'off'),
          button('privacy-unlock-recovery', t('unlock'), () => attempt(async () => {
            await app.call('store.unlock_recovery', root.querySelector('#privacy-recovery').value);
            view = 'main';
            message(t('unlocked'));
          })),
          button('privacy-use-passphrase', t('use_passphrase'), () => { view = 'main'; draw(); }, true));
        return nodes;
      }
      nodes.push(...field('privacy-passphrase', t('passphrase')),
        button('privacy-unlock', t('unlock'), () => attempt(async () => {
          await app.call('store.unlock', root.querySelector('#privacy-passphrase').value);
          message(t('unlocked'));
        })));
      if (status.passkey && passkeysAvailable()) {
        nodes.push(button('privacy-unlock-passkey', t('unlock_passkey'), () => attempt(async () => {
          const prf = await passkeyPrf(status.passkey.credential_id, status.passkey.prf_salt);
          await app.call('store.unlock_passkey', prf);
          message(t('unlocked'));
        }), true));
      }
      nodes.push(
        button('privacy-use-recovery', t('use_recovery'), () => { view = 'recovery'; message(null); draw(); }, true),
        button('privacy-open-emergency', t('emergency_open'), () => { view = 'emergency'; draw(); }, true),
        button('privacy-open-delete', t('delete_open'), () => { view = 'delete'; draw(); }, true),
      );
      return nodes;
    }

    function unlockedView() {
      const open = (id, label, target) => button(id, label, () => { view = target; message(null); draw(); }, true);
      return [
        el('h3', { text: t('unlocked_title') }),
        button('privacy-lock', t('lock'), () => attempt(async () => { await app.call('store.lock'); message(t('locked')); })),
        open('privacy-open-consent', t('consent_open'), 'consent'),
        open('privacy-open-log', t('log_open'), 'log'),
        open('privacy-open-emergency', t('emergency_open'), 'emergency'),
        open('privacy-open-passkey', t('passkey_open'), 'passkey'),
        open('privacy-open-export', t('export_open'), 'export'),
        open('privacy-open-delete', t('delete_open'), 'delete'),
        open('privacy-open-record', t('record_open'), 'record'),
      ];
    }

    async function logView() {
      const offset = -new Date().getTimezoneOffset();
      const log = await app.call('audit.read', offset);
      const list = el('ul', { id: 'privacy-log', class: 'privacy-log' });
      for (const entry of log.entries) list.append(el('li', { text: entry.text }));
      const nodes = [el('h3', { text: t('log_title') }), el('p', { text: t('log_intro') })];
      for (const damaged of log.damaged) {
        nodes.push(el('p', { class: 'message error', text: t('log_damaged', { reason: damaged.reason }) }));
      }
      const result = el('p', { id: 'privacy-verify-result', role: 'status' });
      nodes.push(
        button('privacy-verify', t('log_verify'), async () => {
          const verdict = await app.call('audit.verify');
          result.className = verdict.ok ? 'message' : 'message error';
          result.textContent = verdict.ok ? t('log_ok', { reason: verdict.reason }) : t('log_bad', { reason: verdict.reason });
        }),
        result,
        button('privacy-log-export', t('log_export'), async () => {
          download(await app.call('audit.export'), 'wayfarer-activity-log.json');
        }, true),
        list,
      );
      return nodes;
    }

    async function consentView() {
      const grants = await app.call('consent.list');
      const active = grants.filter((grant) => grant.active);
      const nodes = [el('h3', { text: t('consent_title') })];
      if (!active.length) nodes.push(el('p', { text: t('consent_none') }));
      const list = el('ul', { class: 'privacy-log', id: 'privacy-grants' });
      for (const grant of active) {
        const item = el('li', { class: 'stack' },
          el('p', { text: t('consent_item', {
            who: grant.recipient.display_name,
            what: grant.categories.map((c) => i18n.t(`privacy.category_${c}`)).join(', '),
            until: new Date(grant.expires_at).toLocaleString(i18n.lang),
          }) }),
          button(`privacy-revoke-${grant.grant_id}`, t('consent_revoke', { who: grant.recipient.display_name }),
            () => attempt(async () => { await app.call('consent.revoke', grant.grant_id); message(t('consent_revoked')); }), true));
        list.append(item);
      }
      nodes.push(list);
      return nodes;
    }

    async function emergencyView(status) {
      const nodes = [el('h3', { text: t('emergency_title') }), el('p', { text: t('emergency_intro') })];
      const shown = el('div', { id: 'privacy-emergency-card', class: 'stack' });
      nodes.push(button('privacy-emergency-show', t('emergency_show'), async () => {
        const card = await app.call('emergency.read');
        shown.replaceChildren();
        for (const name of card.fields) {
          const items = card.items[name] || [];
          shown.append(el('h4', { text: i18n.t(`privacy.category_${name}`) }),
            el('p', { text: items.length ? items.map((item) => item.name || JSON.stringify(item)).join(', ') : t('emergency_empty') }));
        }
      }), shown);
      if (status.state === 'unlocked') {
        const set = el('fieldset', {}, el('legend', { text: t('emergency_choose') }));
        for (const name of ['allergies', 'conditions', 'medicines', 'devices', 'contacts']) {
          const box = el('input', { type: 'checkbox', value: name, id: `privacy-field-${name}` });
          box.checked = (status.emergency_fields || []).includes(name);
          set.append(el('label', { class: 'choice' }, box, document.createTextNode(i18n.t(`privacy.category_${name}`))));
        }
        nodes.push(set, button('privacy-emergency-save', t('save'), () => attempt(async () => {
          const chosen = [...set.querySelectorAll('input:checked')].map((box) => box.value);
          await app.call('emergency.choose', chosen);
          message(t('saved'));
        })));
      }
      return nodes;
    }

    function passkeyView() {
      if (!passkeysAvailable()) return [el('h3', { text: t('passkey_title') }), el('p', { text: t('passkey_unavailable') })];
      return [
        el('h3', { text: t('passkey_title') }),
        el('p', { text: t('passkey_intro') }),
        ...field('privacy-passphrase', t('passphrase_confirm')),
        button('privacy-add-passkey', t('passkey_add'), () => attempt(async () => {
          const passphrase = root.querySelector('#privacy-passphrase').value;
          const salt = await app.call('store.new_prf_salt');
          const made = await createPasskey(salt, i18n.t('app.title'));
          await app.call('store.add_passkey', passphrase, made.prfOutput, made.credentialId, salt);
          view = 'main';
          message(t('passkey_added'));
        })),
      ];
    }

    function download(text, name) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = el('a', { href: url, download: name, class: 'button', id: 'privacy-download-link', text: t('download_ready') });
      root.querySelector('#privacy-downloads')?.replaceChildren(link);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }

    function exportView() {
      return [
        el('h3', { text: t('export_title') }),
        el('p', { text: t('export_intro') }),
        button('privacy-export', t('export_button'), () => attempt(async () => {
          const everything = await app.call('privacy.export');
          download(JSON.stringify(everything, null, 2), 'wayfarer-health-data.json');
          message(t('export_done'));
        })),
      ];
    }

    function deleteView(step) {
      if (step === 'confirm') {
        return [
          el('h3', { text: t('delete_confirm_title') }),
          el('p', { class: 'message error', text: t('delete_confirm_intro') }),
          button('privacy-delete-confirm', t('delete_confirm'), () => attempt(async () => {
            await app.call('privacy.erase');
            localStorage.clear();
            view = 'main';
            message(t('deleted'));
          })),
        ];
      }
      return [
        el('h3', { text: t('delete_title') }),
        el('p', { text: t('delete_intro') }),
        button('privacy-delete-first', t('delete_first'), () => { view = 'delete-confirm'; draw(); }, true),
      ];
    }

    async function recordView() {
      const sections = await app.call('privacy.record', 'en');
      return [el('h3', { text: t('record_title') }),
        ...sections.flatMap((section) => [el('h4', { text: section.heading }), el('p', { text: section.text })])];
    }

    async function draw() {
      let status;
      try {
        status = await app.call('store.status');
      } catch (error) {
        root.replaceChildren(el('p', { class: 'message error', text: error.message }));
        return;
      }
      let body;
      if (recoveryCode) body = recoveryView();
      else if (view === 'delete') body = deleteView('first');
      else if (view === 'delete-confirm') body = deleteView('confirm');
      else if (view === 'emergency' && status.state !== 'new') body = await emergencyView(status);
      else if (status.state === 'new') { view = 'main'; body = setupView(); }
      else if (status.state === 'locked') body = lockedView(status);
      else if (view === 'log') body = await logView();
      else if (view === 'consent') body = await consentView();
      else if (view === 'passkey') body = passkeyView();
      else if (view === 'export') body = exportView();
      else if (view === 'record') body = await recordView();
      else body = unlockedView();
      const nodes = [el('h2', { text: t('title') }), noticeNode()];
      for (const reason of status.audit_damaged || []) {
        nodes.push(el('p', { class: 'message error', text: t('log_damaged', { reason }) }));
      }
      const inMain = view === 'main' || (status.state === 'locked' && view === 'recovery') || recoveryCode;
      nodes.push(el('div', { class: 'stack' }, ...body), el('div', { id: 'privacy-downloads' }));
      if (!inMain) nodes.push(back());
      root.replaceChildren(...nodes);
      root.querySelector('input')?.focus();
    }

    await draw();
  },
};
