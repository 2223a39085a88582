// The write view: the open phase's guiding question, a text field and Send, and below it the
// participant's cards of this phase with their state. Card texts enter the page only as text.

import { text } from './texts.js';

const $ = (id) => document.getElementById(id);

const stateTexts = { sending: 'stateSending', arrived: 'stateArrived', hidden: 'stateHidden' };

const refusals = {
  'empty-text': 'emptyCard',
  'text-missing': 'emptyCard',
  'text-too-long': 'tooLong',
  'bad-text': 'badText',
};

// Why waiting cards wait, when the participant can do something about it or should know.
const waitTexts = {
  paused: 'paused',
  'no-open-phase': 'paused',
  'card-limit': 'cardLimit',
  'not-seated': 'notSeated',
};

export class WriteView {
  constructor(outbox) {
    this.outbox = outbox;
    this.phase = null;
    $('send-card').addEventListener('click', () => this.send());
    $('card-text').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) this.send();
    });
  }

  show(phase) {
    this.phase = phase;
    $('phase-title').textContent = phase.title;
    $('question').textContent = phase.question;
    $('question').hidden = !phase.question;
    this.showCards();
  }

  send() {
    const cardText = $('card-text').value;
    if (!cardText.trim()) {
      this.say(text('emptyCard'));
      $('card-text').focus();
      return;
    }
    this.say('');
    $('card-text').value = '';
    this.outbox.add(cardText, this.phase ? this.phase.id : null);
    $('card-text').focus();
  }

  // The server will never take this card: its text goes back into the field to be changed.
  giveBack(card, error) {
    if (!$('card-text').value) $('card-text').value = card.text;
    this.say(text(refusals[error] || 'badText'));
  }

  // The cards of the open phase, and every card still waiting (it goes to the phase it was
  // written for).
  showCards() {
    const phaseId = this.phase ? this.phase.id : null;
    const shown = this.outbox.cards
      .filter((card) => card.state === 'sending' || card.phase === phaseId)
      .reverse();
    $('my-cards').replaceChildren(...shown.map((card) => cardItem(card)));
    $('no-cards').hidden = shown.length > 0;
    const paused = this.phase && !this.phase.acceptsCards;
    const waiting = this.outbox.hasWaiting() && waitTexts[this.outbox.waitReason];
    const note = paused ? 'paused' : waiting;
    $('write-note').textContent = note ? text(note) : '';
  }

  say(message) {
    $('write-error').textContent = message;
  }
}

function cardItem(card) {
  const item = document.createElement('li');
  item.dataset.state = card.state;
  item.dataset.id = card.id;
  const cardText = document.createElement('p');
  cardText.className = 'card-text';
  cardText.textContent = card.text;
  const state = document.createElement('p');
  state.className = 'card-state';
  state.textContent = text(stateTexts[card.state]);
  item.append(cardText, state);
  return item;
}
