// The vote view: the items of the open vote with the participant's dots on each, the dots left,
// and + and − within the vote's rules (the server checks them again). Taps are sent one after
// the other, so that quick taps count in order.

import { call } from './api.js';
import { text } from './texts.js';

const $ = (id) => document.getElementById(id);

const refusals = {
  budget: 'budget',
  cap: 'cap',
  'no-minus-dots': 'noMinus',
  'vote-closed': 'voteClosed',
  'not-a-voter': 'cannotVote',
  'too-fast': 'slowDown',
};

export class VoteView {
  // changed(): a dot was given, so the state may have changed.
  constructor(changed) {
    this.changed = changed;
    this.vote = null;
    this.items = new Map(); // ref → the li's parts
    this.itemsShown = '';
    this.taps = Promise.resolve();
  }

  show(vote) {
    this.vote = vote;
    $('vote-title').textContent = vote.title;
    $('vote-rule').textContent = text('votingRule', vote);
    $('vote-note').textContent = vote.canVote ? '' : text('cannotVote');
    const itemsShown = JSON.stringify(vote.items);
    if (itemsShown !== this.itemsShown) {
      this.itemsShown = itemsShown;
      this.build(vote.items);
    }
    this.showCounts();
  }

  build(items) {
    this.items.clear();
    $('vote-items').replaceChildren(...items.map((item) => {
      const li = document.createElement('li');
      li.dataset.ref = item.ref;
      const label = document.createElement('p');
      label.className = 'item-text';
      label.textContent = item.text;
      const minus = this.button('minus', '−', text('minusFor', item.text), item.ref, -1);
      const count = document.createElement('output');
      count.className = 'count';
      const plus = this.button('plus', '+', text('plusFor', item.text), item.ref, 1);
      const controls = document.createElement('div');
      controls.className = 'controls';
      controls.append(minus, count, plus);
      li.append(label, controls);
      this.items.set(item.ref, { li, minus, count, plus });
      return li;
    }));
  }

  button(kind, sign, name, ref, delta) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = kind;
    button.textContent = sign;
    button.setAttribute('aria-label', name);
    button.addEventListener('click', () => this.tap(ref, delta));
    return button;
  }

  // Enables exactly the taps the rules allow: +1 first takes back a minus dot, −1 first takes
  // back a plus dot (docs/participation.md, POST /api/dots).
  showCounts() {
    const vote = this.vote;
    $('dots-left').textContent = String(vote.left);
    for (const [ref, parts] of this.items) {
      const mine = vote.mine[ref] || 0;
      parts.count.textContent = text('dotsOn', mine);
      parts.li.dataset.mine = String(mine);
      parts.plus.disabled = !vote.canVote || (mine >= 0 && (vote.left <= 0 || mine >= vote.cap));
      parts.minus.disabled = !vote.canVote
        || (mine <= 0 && (!vote.minus || vote.minusLeft <= 0 || -mine >= vote.cap));
    }
  }

  tap(ref, delta) {
    this.taps = this.taps.then(() => this.give(ref, delta));
  }

  async give(ref, delta) {
    const { status, data } = await call('POST', '/api/dots', { ref, delta });
    if (status === 200 && this.vote) {
      Object.assign(this.vote, { mine: data.mine, left: data.left, minusLeft: data.minusLeft });
      this.showCounts();
    }
    const problem = status === 0 ? 'offline' : refusals[data.error] || 'serverTrouble';
    $('vote-error').textContent = status === 200 ? '' : text(problem);
    this.changed();
  }
}
