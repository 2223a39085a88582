// The participant's cards, kept in the browser's local storage so that nothing typed is lost
// on a bad network: a card stays "sending" until the server confirms it, and is sent again with
// the same client id until then. The server stores one card per id, so a card whose answer was
// lost and that is sent twice is still stored once.

import { call, newClientId } from './api.js';

const StorageKey = 'weitblick.cards';
const KeptCards = 500; // the oldest confirmed cards go first

function isCard(card) {
  return card && typeof card.id === 'string' && typeof card.text === 'string'
    && ['sending', 'arrived', 'hidden'].includes(card.state);
}

function load() {
  try {
    const cards = JSON.parse(localStorage.getItem(StorageKey) || '[]');
    return Array.isArray(cards) ? cards.filter(isCard) : [];
  } catch (error) {
    return []; // storage switched off or spoiled: start empty
  }
}

export class Outbox {
  // changed(): the cards or their states changed. refused(card, error): the server will never
  // take this card (empty, too long, bad characters); it has left the outbox.
  constructor({ changed, refused }) {
    this.cards = load();
    this.changed = changed;
    this.refused = refused;
    this.flushing = false;
    this.retryTimer = 0;
    this.waitReason = ''; // why the first waiting card was not taken, as the server said
  }

  add(text, phaseId) {
    this.cards.push({ id: newClientId(), text, phase: phaseId, state: 'sending', confirmedAt: 0 });
    this.store();
    this.flush();
  }

  hasWaiting() {
    return this.cards.some((card) => card.state === 'sending');
  }

  // Sends the waiting cards one after the other, oldest first, until one has to wait.
  async flush() {
    if (this.flushing) return;
    this.flushing = true;
    clearTimeout(this.retryTimer);
    try {
      let card;
      while ((card = this.cards.find((c) => c.state === 'sending'))) {
        // The phase it was written for: sent again after the moderator moved on, it still goes
        // there (docs/participation.md).
        const answer = await call('POST', '/api/cards',
          { id: card.id, text: card.text, phase: card.phase ?? null });
        if (!this.take(card, answer)) break;
      }
    } finally {
      this.flushing = false;
    }
  }

  // Acts on the server's answer for a card; false when the cards have to wait.
  take(card, { status, data, retryAfterMs }) {
    const error = String(data.error || '');
    if (status === 201 || status === 200) {
      card.state = 'arrived';
      card.confirmedAt = Date.now();
      this.waitReason = '';
      this.store();
      return true;
    }
    if (status === 409 && error === 'id-taken') {
      card.id = newClientId(); // another device has this id: this card was never stored
      this.store();
      return true;
    }
    if (status === 400) {
      this.cards.splice(this.cards.indexOf(card), 1);
      this.store();
      this.refused(card, error);
      return true;
    }
    this.waitReason = status === 0 ? 'offline' : error;
    if (status === 429 && error === 'too-fast') {
      this.retryTimer = setTimeout(() => this.flush(), retryAfterMs);
    }
    // Offline, paused, no open phase, a lost session, a full disk: the state poll calls
    // flush() again when the server answers.
    this.changed();
    return false;
  }

  // Takes the states from the server's list of this device's cards. A confirmed card that
  // the list no longer holds was deleted by the moderator, unless the list is older than the
  // confirmation.
  follow(serverCards, listAskedAt) {
    const states = new Map(serverCards.map((card) => [card.id, card.state]));
    const before = JSON.stringify(this.cards);
    this.cards = this.cards.filter((card) => {
      if (card.state === 'sending') return true;
      if (states.has(card.id)) {
        card.state = states.get(card.id) === 'hidden' ? 'hidden' : 'arrived';
        return true;
      }
      return card.confirmedAt > listAskedAt;
    });
    if (JSON.stringify(this.cards) !== before) this.store();
  }

  store() {
    const confirmed = this.cards.filter((card) => card.state !== 'sending');
    if (confirmed.length > KeptCards) {
      const dropped = new Set(confirmed.slice(0, confirmed.length - KeptCards));
      this.cards = this.cards.filter((card) => !dropped.has(card));
    }
    try {
      localStorage.setItem(StorageKey, JSON.stringify(this.cards));
    } catch (error) {
      // Storage full or switched off: the cards still live in this page.
    }
    this.changed();
  }
}
