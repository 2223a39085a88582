// The participant page: follows the server's state (polled, so that a phase change or a vote
// shows within two seconds) and shows the view it calls for: join, write, vote, or wait.

import { call } from './api.js';
import { JoinView } from './join.js';
import { Outbox } from './outbox.js';
import { text, translatePage } from './texts.js';
import { VoteView } from './vote.js';
import { WriteView } from './write.js';

const $ = (id) => document.getElementById(id);

const PollMs = 1500;        // the page follows the moderator within two seconds
const HiddenPollMs = 10000; // a phone in a pocket asks seldom; it asks at once when shown

translatePage();

let state = null;     // the last state the server sent
let shown = '';       // the version of the state on screen
let view = 'join';    // join, write, vote, wait, blocked
let changingSeat = false;
let autoJoined = false;
let pollTimer = 0;

const outbox = new Outbox({
  changed: () => writeView.showCards(),
  refused: (card, error) => writeView.giveBack(card, error),
});
const writeView = new WriteView(outbox);
const voteView = new VoteView(() => poll());
const joinView = new JoinView((answer) => {
  if (answer.status === 200) {
    changingSeat = false;
    take(answer.data, answer.askedAt);
  } else if (answer.status === 403 && answer.data.error === 'blocked') showBlocked();
});

$('change-seat').addEventListener('click', () => {
  changingSeat = true;
  render(state);
});
$('tab-write').addEventListener('click', () => switchTo('write'));
$('tab-vote').addEventListener('click', () => switchTo('vote'));
document.addEventListener('visibilitychange', () => {
  if (!document.hidden) poll();
});
window.addEventListener('online', () => poll());

async function poll() {
  clearTimeout(pollTimer);
  const answer = await call('GET', '/api/state');
  $('offline').hidden = answer.status !== 0;
  if (answer.status === 200) {
    take(answer.data, answer.askedAt);
  } else if (answer.status === 401) {
    lostSession();
  } else if (answer.status === 403 && answer.data.error === 'blocked') {
    showBlocked();
  }
  clearTimeout(pollTimer);
  pollTimer = setTimeout(poll, document.hidden ? HiddenPollMs : PollMs);
}

function take(newState, askedAt) {
  const firstVote = !state || !state.vote || !newState.vote || state.vote.id !== newState.vote.id;
  const firstPhase = !state || !state.phase || !newState.phase
    || state.phase.id !== newState.phase.id;
  state = newState;
  outbox.follow(state.cards || [], askedAt);
  if (state.version !== shown || view === 'join') {
    shown = state.version;
    if (newState.vote && firstVote) view = 'vote';
    else if (newState.phase && firstPhase) view = 'write';
    render(state);
  }
  if (outbox.hasWaiting() && state.me.seated && state.phase && state.phase.acceptsCards) {
    outbox.flush();
  }
}

// No session (a new device, or the server forgot it): join. The code from the QR code's
// address takes the first step by itself, once.
function lostSession() {
  state = null;
  shown = '';
  view = 'join';
  render(null);
  if (!autoJoined && joinView.code()) {
    autoJoined = true;
    joinView.join();
  }
}

function showBlocked() {
  view = 'blocked';
  render(state);
}

function switchTo(next) {
  view = next;
  render(state);
}

function render(current) {
  const seated = current && current.me.seated && !changingSeat;
  if (view !== 'blocked') view = seated ? chooseView(current) : 'join';
  if (view === 'join') joinView.show(current);
  else joinView.hide();
  $('seat').hidden = !seated;
  if (seated) $('seat-name').textContent = seatName(current);
  const both = seated && current.phase && current.vote;
  $('tabs').hidden = !both || view === 'blocked';
  $('tab-write').setAttribute('aria-pressed', String(view === 'write'));
  $('tab-vote').setAttribute('aria-pressed', String(view === 'vote'));
  $('write-view').hidden = view !== 'write';
  $('vote-view').hidden = view !== 'vote';
  $('wait-view').hidden = view !== 'wait';
  $('blocked-view').hidden = view !== 'blocked';
  if (view === 'write') writeView.show(current.phase);
  if (view === 'vote') voteView.show(current.vote);
}

// The view the participant was on, while it is open; else what is open.
function chooseView(current) {
  const open = { write: Boolean(current.phase), vote: Boolean(current.vote) };
  if (open[view]) return view;
  if (open.vote) return 'vote';
  if (open.write) return 'write';
  return 'wait';
}

function seatName(current) {
  const { me } = current;
  const find = (list, id) => (current[list] || []).find((entry) => entry.id === id);
  const person = find('participants', me.participant);
  if (person) return person.name;
  const table = find('tables', me.table);
  const group = find('groups', me.group);
  return [table && text('tableName', table), group && group.name].filter(Boolean).join(' · ');
}

writeView.showCards();
poll();
