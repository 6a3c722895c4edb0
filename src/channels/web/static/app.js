// WatNu embedded web chat. Plain DOM, textContent only (no HTML from the server is ever interpreted).
const $ = (id) => document.getElementById(id);
const state = {
  schools: [],
  ui: {},
  schoolId: localStorage.getItem('watnu.school') || '',
  role: localStorage.getItem('watnu.role') || 'leerkracht',
  name: localStorage.getItem('watnu.name') || '',
  /** The visitor's choice; the server's default language when none (or one it no longer has). */
  locale: localStorage.getItem('watnu.locale') || '',
  defaultLanguage: '',
  userId: localStorage.getItem('watnu.user') || `web-${crypto.randomUUID()}`,
  key: sessionStorage.getItem('watnu.key') || '',
  /** 'oidc' (sign-in), 'development' (loopback, role picked here) or 'shared-secret'. */
  mode: 'development',
  /** Oefenmodus: the server marks every reply and sends nothing. */
  practice: false,
  /** The signed-in person (from /auth/me), or null. */
  me: null,
};
localStorage.setItem('watnu.user', state.userId);

const t = (key, vars = {}) => (state.ui[key] || key).replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k] ?? '');
const conversationKey = () => `watnu.conv.${state.practice ? 'practice.' : ''}${state.schoolId}`;
const conversationId = () => {
  let id = localStorage.getItem(conversationKey());
  if (!id) {
    id = `c-${crypto.randomUUID()}`;
    localStorage.setItem(conversationKey(), id);
  }
  return id;
};

async function api(path, options = {}) {
  const headers = {
    'content-type': 'application/json',
    ...(state.key ? { 'x-watnu-key': state.key } : {}),
    ...(state.me?.csrfToken ? { 'x-csrf-token': state.me.csrfToken } : {}),
  };
  const response = await fetch(`/api${path}`, { ...options, headers });
  if (response.status === 401) {
    const key = window.prompt(t('web.key.prompt'));
    if (key) {
      state.key = key;
      sessionStorage.setItem('watnu.key', key);
      return api(path, options);
    }
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body?.error?.message || response.statusText);
  return body;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function applyUiStrings() {
  document.documentElement.lang = state.locale;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll('[data-t-placeholder]')) node.placeholder = t(node.dataset.tPlaceholder);
  document.title = t('web.title');
}

function safeLink(href, text) {
  if (!/^(https?:|tel:|mailto:)/.test(href)) return el('span', { text });
  return el('a', { href, text, ...(href.startsWith('http') ? { target: '_blank', rel: 'noopener noreferrer' } : {}) });
}

// Phone first (issue 19): the same rule as src/channels/reply-layout.ts (test/phone/web-phone.test.ts checks they agree).
const backgroundStart = /^(let op|note|please note|achtergrond|background)\s*:/i;
const backgroundTitle = /^(achtergrond|background)\s*:\s*$/i;
function splitReplyText(text) {
  const lines = text.split('\n');
  const at = lines.findIndex((line, i) => i > 0 && backgroundStart.test(line.trim()));
  if (at < 0) return { now: text, background: null };
  const rest = backgroundTitle.test(lines[at].trim()) ? lines.slice(at + 1) : lines.slice(at);
  const background = rest.join('\n').trim();
  return { now: lines.slice(0, at).join('\n').trimEnd(), background: background || null };
}

/** The number to call now: the first one that is open, else the first one. */
function callPhone(card) {
  const phones = (card.phones || []).filter((p) => p.uri.startsWith('tel:'));
  return phones.find((p) => p.openNow !== false) || phones[0];
}

/** One compact line per contact (name, reachable now, call link); the details unfold on a tap. */
function contactCard(card) {
  const node = el('details', { class: 'card', 'data-testid': 'contact-card', 'data-contact': card.id });
  const summary = el('summary', {}, el('strong', { text: card.name }));
  if (card.openNow === true) summary.append(' ', el('span', { class: 'open', text: t('web.open-now') }));
  if (card.openNow === false) summary.append(' ', el('span', { class: 'closed', text: t('web.closed-now') }));
  const call = callPhone(card);
  if (call) summary.append(' ', el('a', { class: 'call', href: call.uri, 'data-testid': 'call', text: t('web.call', { number: call.number }) }));
  else if (card.missing) summary.append(el('div', { class: 'missing', text: card.missing }));
  summary.append(' ', el('span', { class: 'more', text: t('web.more') }));
  node.append(summary);
  const meta = [card.organisation, card.description].filter(Boolean).join(' — ');
  if (meta) node.append(el('div', { class: 'meta', text: meta }));
  for (const phone of card.phones || []) {
    const line = el('div', {}, safeLink(phone.uri, phone.number));
    if (phone.label) line.append(` (${phone.label})`);
    if (phone.openNow === true) line.append(' ', el('span', { class: 'open', text: t('web.open-now') }));
    if (phone.openNow === false) line.append(' ', el('span', { class: 'closed', text: t('web.closed-now') }));
    node.append(line);
  }
  if (card.email) node.append(el('div', {}, safeLink(`mailto:${card.email}`, card.email)));
  if (card.website) node.append(el('div', {}, safeLink(card.website, card.website)));
  if (card.address) node.append(el('div', { text: card.address }));
  for (const note of [card.hoursText, card.hoursNote, card.originNote, call ? card.missing : undefined]) {
    if (note) node.append(el('div', { class: 'missing', text: note }));
  }
  if (card.source) node.append(el('span', { class: 'source', text: `${t('web.source')}: ${card.source}` }));
  return node;
}

/** Phone first: what to do now, the checklist, the buttons, the contacts (compact), the folded background, the source. */
function renderReply(reply) {
  const node = el('div', { class: `msg bot ${reply.tone || ''}`, 'data-testid': 'bot-message' });
  const { now, background } = splitReplyText(reply.text);
  node.append(el('div', { text: now }));
  if (reply.checklist) {
    const list = el('ul');
    for (const item of reply.checklist.items) list.append(el('li', { text: item.label }));
    node.append(list);
  }
  if (reply.choices?.length) {
    const row = el('div', { class: 'choices' });
    for (const choice of reply.choices) {
      row.append(
        el('button', {
          type: 'button',
          class: choice.style === 'danger' ? 'danger' : choice.style === 'primary' ? 'primary' : '',
          'data-testid': 'choice',
          'data-choice': choice.id,
          text: choice.label,
          onclick: () => {
            for (const b of row.querySelectorAll('button')) b.disabled = true;
            send({ choiceId: choice.id }, choice.label);
          },
        }),
      );
    }
    node.append(row);
  }
  for (const card of reply.contacts || []) node.append(contactCard(card));
  if (background) node.append(el('details', { class: 'background', 'data-testid': 'background' }, el('summary', { text: t('web.background') }), el('div', { text: background })));
  if (reply.source) node.append(el('span', { class: 'source', text: `${t('web.source')}: ${reply.source}` }));
  if (reply.ended && /^[a-z0-9-]+$/.test(reply.ended)) {
    const href = `/api/schools/${encodeURIComponent(state.schoolId)}/protocols/${reply.ended}/diagram.svg`;
    node.append(el('div', {}, el('a', { href, target: '_blank', rel: 'noopener', 'data-testid': 'diagram-link', text: t('web.diagram') })));
  }
  $('log').append(node);
}

async function send(message, shown) {
  if (!state.schoolId) return;
  if (state.mode === 'oidc' && !state.me) return;
  $('log').append(el('div', { class: 'msg user', text: shown }));
  let body;
  try {
    body = await api('/chat', {
      method: 'POST',
      body: JSON.stringify({
        conversationId: conversationId(),
        schoolId: state.schoolId,
        user: { id: state.userId, ...(state.name ? { name: state.name } : {}), ...(state.mode === 'development' ? { role: state.role } : {}) },
        locale: state.locale,
        ...(state.practice ? { practice: true } : {}),
        ...message,
      }),
    });
    for (const reply of body.replies) renderReply(reply);
  } catch (error) {
    renderReply({ text: t('web.error', { message: error.message }), tone: 'warning' });
  }
  // The answer's first line at the top of the screen (not its last): on a phone the actions and buttons come first.
  const answers = $('log').querySelectorAll('.msg.bot');
  const first = answers[answers.length - (body?.replies?.length || 1)];
  if (first) first.scrollIntoView({ block: 'start' });
  refreshInboxes();
}

function inboxItem(message) {
  const handoff = message.handoff;
  const node = el('div', { class: `item ${handoff?.urgency || ''}`, 'data-testid': 'inbox-item' });
  if (!handoff) {
    node.append(el('div', { text: message.text }));
    return node;
  }
  node.append(el('strong', { text: `${handoff.title} — ${handoff.urgencyLabel}` }));
  const list = el('dl');
  for (const field of handoff.fields) list.append(el('dt', { text: field.label }), el('dd', { text: field.value }));
  node.append(list, el('div', { class: 'status', 'data-testid': 'handoff-status', text: handoff.statusText }));
  if (handoff.ackLabel) {
    node.append(
      el('button', {
        type: 'button',
        class: 'primary',
        'data-testid': 'ack',
        text: handoff.ackLabel,
        onclick: async (event) => {
          event.target.disabled = true;
          await api('/chat/inbox/ack', {
            method: 'POST',
            body: JSON.stringify({ schoolId: state.schoolId, handoffId: handoff.id, user: { id: state.userId, ...(state.name ? { name: state.name } : {}) } }),
          }).catch(() => undefined);
          refreshInboxes();
        },
      }),
    );
  }
  return node;
}

async function refreshInboxes() {
  if (!state.schoolId) return;
  if (state.mode === 'oidc' && !state.me?.manager) {
    $('inbox-ib').closest('section').hidden = true;
    $('inbox-directeur').closest('section').hidden = true;
    if (!state.me) return;
    api(`/chat/notices?schoolId=${encodeURIComponent(state.schoolId)}&conversationId=${encodeURIComponent(conversationId())}`)
      .then((notices) => $('notices').replaceChildren(...notices.messages.map(inboxItem)))
      .catch(() => undefined);
    return;
  }
  const fill = (id, messages) => {
    const box = $(id);
    box.replaceChildren(...(messages.length ? messages.map(inboxItem) : [el('div', { class: 'status', text: t('web.inbox.empty') })]));
  };
  try {
    const [ib, dir, notices] = await Promise.all([
      api(`/chat/inbox?schoolId=${encodeURIComponent(state.schoolId)}&channel=ib`),
      api(`/chat/inbox?schoolId=${encodeURIComponent(state.schoolId)}&channel=directeur`),
      api(`/chat/notices?schoolId=${encodeURIComponent(state.schoolId)}&conversationId=${encodeURIComponent(conversationId())}`),
    ]);
    fill('inbox-ib', ib.messages);
    fill('inbox-directeur', dir.messages);
    fill('notices', notices.messages);
  } catch {
    /* the next poll tries again */
  }
}

async function loadUi() {
  state.ui = await api(`/ui/${state.locale}`);
  applyUiStrings();
}

function startConversation() {
  $('log').replaceChildren();
  send({ choiceId: 'cmd/menu' }, t('web.title'));
}

/** Sign-in mode: who is signed in decides school and role; the role picker and name field are gone. */
async function applyAccount() {
  const label = (labels) => labels?.[state.locale] || labels?.[state.defaultLanguage] || '';
  if (state.mode !== 'oidc') {
    $('mode').textContent = state.mode === 'development' ? t('web.mode.development') : '';
    return;
  }
  const me = await fetch('/auth/me', { headers: { accept: 'application/json' } }).then((r) => r.json());
  state.me = me.signedIn ? me : null;
  $('role-field').remove();
  $('name-field').remove();
  if (!state.me) {
    $('mode').textContent = t('web.mode.sign-in');
    $('login').hidden = false;
    $('login').href = `/auth/login${state.schoolId ? `?school=${encodeURIComponent(state.schoolId)}` : ''}`;
    return;
  }
  state.schoolId = me.schoolId;
  localStorage.setItem('watnu.school', state.schoolId);
  $('account').hidden = false;
  $('who').textContent = t('web.signed-in-as', { name: me.name || me.email, role: label(me.roleLabel) });
  $('logout-csrf').value = me.csrfToken;
  $('beheer-link').hidden = !me.manager;
  $('school').value = state.schoolId;
  $('school').disabled = true;
}

async function init() {
  const { schools, roles, roleLabels, mode, languages, defaultLanguage } = await api('/schools');
  state.schools = schools;
  state.mode = mode || 'development';
  state.defaultLanguage = defaultLanguage;
  if (!languages.some((l) => l.id === state.locale)) state.locale = defaultLanguage;
  $('locale').replaceChildren(...languages.map((l) => el('option', { value: l.id, text: l.name })));
  await loadUi();
  $('school').replaceChildren(el('option', { value: '', text: '—' }), ...schools.map((s) => el('option', { value: s.id, text: s.name })));
  $('role').replaceChildren(...roles.map((r) => el('option', { value: r, text: roleLabels?.[r]?.[state.locale] || r })));
  $('school').value = state.schoolId;
  $('role').value = state.role;
  $('name').value = state.name;
  $('locale').value = state.locale;
  $('school').addEventListener('change', () => {
    state.schoolId = $('school').value;
    localStorage.setItem('watnu.school', state.schoolId);
    if (state.mode === 'oidc' && !state.me) $('login').href = `/auth/login?school=${encodeURIComponent(state.schoolId)}`;
    startConversation();
  });
  $('role').addEventListener('change', () => {
    state.role = $('role').value;
    localStorage.setItem('watnu.role', state.role);
  });
  $('name').addEventListener('change', () => {
    state.name = $('name').value.trim();
    localStorage.setItem('watnu.name', state.name);
  });
  $('locale').addEventListener('change', async () => {
    state.locale = $('locale').value;
    localStorage.setItem('watnu.locale', state.locale);
    await loadUi();
  });
  $('practice').addEventListener('change', () => {
    state.practice = $('practice').checked;
    startConversation();
  });
  $('new').addEventListener('click', () => {
    localStorage.removeItem(conversationKey());
    startConversation();
  });
  $('emergency').addEventListener('click', () => send({ choiceId: 'cmd/emergency' }, t('web.emergency')));
  $('ask').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('text').value.trim();
    if (!text) return;
    $('text').value = '';
    send({ text }, text);
  });
  await applyAccount();
  if (state.schoolId) startConversation();
  setInterval(refreshInboxes, 2500);
}

init();
