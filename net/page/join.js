// The join view: the code, then the table, group or name, as the moderator lets people join.
// A device joins in two steps when it does not know the choices yet: the code alone gives it a
// session and the choices, the second step says where it sits.

import { call } from './api.js';
import { text } from './texts.js';

const $ = (id) => document.getElementById(id);

// Per join mode: the list of the state that offers the choices, and how a choice is named.
const modes = {
  table: { list: 'tables', label: (table) => text('tableName', table) },
  group: { list: 'groups', label: (group) => group.name },
  participant: { list: 'participants', label: (person) => person.name },
};

const joinErrors = {
  'wrong-code': 'wrongCode',
  'code-missing': 'codeMissing',
  'too-many-wrong-codes': 'tooManyTries',
  'too-many-devices': 'tooManyTries',
  'unknown-choice': 'unknownChoice',
  'bad-id': 'unknownChoice',
  'room-full': 'roomFull',
};

export class JoinView {
  // joined(answer): the server answered the join (the state, or an error status).
  constructor(joined) {
    this.joined = joined;
    this.mode = '';
    this.offered = '';
    $('code').value = new URLSearchParams(location.search).get('code') || '';
    $('join').addEventListener('click', () => this.join());
    $('code').addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.join();
    });
  }

  code() {
    return $('code').value.trim();
  }

  // Without a state (no session yet) only the code is asked; with one, also the choice.
  show(state) {
    $('join-view').hidden = false;
    this.mode = state && state.joinMode in modes ? state.joinMode : '';
    for (const mode of Object.keys(modes)) {
      $(`${mode}-choice`).hidden = mode !== this.mode;
    }
    $('join').textContent = text(this.mode ? 'joinButton' : 'next');
    if (this.mode) this.offer(state);
  }

  hide() {
    $('join-view').hidden = true;
  }

  // Fills the select of the join mode, keeping what is chosen; a poll that brings the same
  // choices leaves an open select alone.
  offer(state) {
    const { list, label } = modes[this.mode];
    const entries = state[list] || [];
    const offered = JSON.stringify([this.mode, entries]);
    const select = $(this.mode);
    const chosen = select.value || String(state.me[this.mode] || '');
    if (offered !== this.offered) {
      this.offered = offered;
      const prompt = new Option(text('choose'), '');
      prompt.disabled = true;
      select.replaceChildren(prompt, ...entries.map((entry) => new Option(label(entry),
        String(entry.id))));
    }
    select.value = entries.some((entry) => String(entry.id) === chosen) ? chosen : '';
    this.say(entries.length ? '' : text('nothingToChoose'));
  }

  async join() {
    const body = { code: this.code() };
    if (!body.code) {
      this.say(text('codeMissing'));
      $('code').focus();
      return;
    }
    if (this.mode) {
      const choice = $(this.mode).value;
      if (!choice) {
        this.say(text('chooseFirst'));
        $(this.mode).focus();
        return;
      }
      body[this.mode] = Number(choice);
    }
    $('join').disabled = true;
    const answer = await call('POST', '/api/join', body);
    $('join').disabled = false;
    this.say(answer.status === 200 ? '' : this.problem(answer));
    this.joined(answer);
  }

  problem({ status, data }) {
    if (status === 0) return text('offline');
    return text(joinErrors[data.error] || 'serverTrouble');
  }

  say(message) {
    $('join-error').textContent = message;
  }
}
