// Placeholder until the participant page of issue 13 replaces it: join, follow the state,
// send cards and dots. User text goes into the page only through textContent.
'use strict';

const $ = (id) => document.getElementById(id);

async function call(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
    credentials: 'same-origin',
  });
  const data = await response.json().catch(() => ({}));
  return { status: response.status, data };
}

function fillChoices(select, list, label) {
  select.replaceChildren(new Option('–', ''));
  for (const entry of list) {
    select.append(new Option(label(entry), String(entry.id)));
  }
}

function idOf(select) {
  return select.value ? Number(select.value) : null;
}

function show(state) {
  fillChoices($('table'), state.tables, (t) => t.name || String(t.number));
  fillChoices($('group'), state.groups, (g) => g.name);
  fillChoices($('participant'), state.participants, (p) => p.name);
  $('write-view').hidden = !state.me.seated || !state.phase;
  $('question').textContent = state.phase ? state.phase.question : '';
  $('vote-view').hidden = !state.vote;
  if (state.vote) {
    $('dots-left').textContent = String(state.vote.left);
    const items = state.vote.items.map((item) => {
      const li = document.createElement('li');
      li.dataset.ref = item.ref;
      const text = document.createElement('span');
      text.textContent = item.text + ' (' + (state.vote.mine[item.ref] || 0) + ')';
      const plus = document.createElement('button');
      plus.className = 'plus';
      plus.textContent = '+';
      plus.addEventListener('click', () => dot(item.ref, 1));
      const minus = document.createElement('button');
      minus.className = 'minus';
      minus.textContent = '−';
      minus.addEventListener('click', () => dot(item.ref, -1));
      li.append(text, plus, minus);
      return li;
    });
    $('vote-items').replaceChildren(...items);
  }
}

async function refresh() {
  const { status, data } = await call('GET', '/api/state');
  if (status === 200) show(data);
}

async function dot(ref, delta) {
  const { status, data } = await call('POST', '/api/dots', { ref, delta });
  $('status').textContent = status === 200 ? '' : String(data.error);
  refresh();
}

$('code').value = new URLSearchParams(location.search).get('code') || '';
$('join').addEventListener('click', async () => {
  const { status, data } = await call('POST', '/api/join', {
    code: $('code').value, table: idOf($('table')), group: idOf($('group')),
    participant: idOf($('participant')),
  });
  $('status').textContent = status === 200 ? '' : String(data.error);
  if (status === 200) show(data);
});
$('send-card').addEventListener('click', async () => {
  const text = $('card-text').value;
  const li = document.createElement('li');
  li.textContent = text;
  li.dataset.state = 'sending';
  $('my-cards').append(li);
  const { status } = await call('POST', '/api/cards', { id: crypto.randomUUID(), text });
  li.dataset.state = status === 201 || status === 200 ? 'arrived' : 'sending';
  $('card-text').value = '';
});
setInterval(refresh, 2000);
refresh();
