// The page's words in German and English, chosen by the browser's languages. Elements of
// index.html name their text with data-text; everything else asks text().

const texts = {
  de: {
    pageTitle: 'Weitblick – Mitmachen',
    heading: 'Mitmachen',
    joinHeading: 'Beitreten',
    joinIntro: 'Hier schreiben Sie Karten für die Wand und vergeben Ihre Punkte – direkt vom '
      + 'Handy aus.',
    codeLabel: 'Zugangscode (steht am Beamer)',
    tableLabel: 'Ihr Tisch',
    groupLabel: 'Ihre Gruppe',
    participantLabel: 'Ihr Name',
    choose: 'Bitte wählen …',
    next: 'Weiter',
    joinButton: 'Beitreten',
    changeSeat: 'Ändern',
    tabWrite: 'Karten',
    tabVote: 'Punkten',
    cardLabel: 'Ihre Karte',
    cardHint: 'Ein Gedanke pro Karte, kurz und lesbar auf Abstand.',
    send: 'Senden',
    myCards: 'Meine Karten',
    noCardsYet: 'Noch keine Karten.',
    dotsLeft: 'Punkte übrig:',
    waitHeading: 'Gleich geht es weiter',
    waitText: 'Die Moderation hat gerade nichts zum Schreiben oder Punkten geöffnet. '
      + 'Diese Seite folgt von selbst, sobald es weitergeht.',
    blockedHeading: 'Gesperrt',
    blockedText: 'Die Moderation hat dieses Gerät gesperrt. Bitte sprechen Sie sie an.',
    offline: 'Keine Verbindung. Ihre Karten warten hier und werden gesendet, sobald die '
      + 'Verbindung wieder steht.',
    stateSending: 'wird gesendet …',
    stateArrived: 'angekommen ✓',
    stateHidden: 'von der Moderation ausgeblendet',
    paused: 'Die Moderation nimmt gerade keine Karten an. Ihre Karten warten und gehen '
      + 'danach von selbst ein.',
    notSeated: 'Bitte wählen Sie zuerst, wo Sie sitzen.',
    emptyCard: 'Die Karte ist leer.',
    badText: 'Die Karte enthält Zeichen, die nicht gehen. Bitte ändern Sie sie.',
    tooLong: 'Die Karte ist zu lang (höchstens 2000 Zeichen).',
    cardLimit: 'Sie haben in dieser Phase schon sehr viele Karten geschrieben.',
    wrongCode: 'Dieser Code stimmt nicht. Bitte den Code vom Beamer eingeben.',
    codeMissing: 'Bitte den Code vom Beamer eingeben.',
    tooManyTries: 'Zu viele Versuche. Bitte in einer Minute noch einmal.',
    chooseFirst: 'Bitte wählen Sie aus der Liste.',
    unknownChoice: 'Diese Auswahl gibt es nicht mehr. Bitte neu wählen.',
    roomFull: 'Gerade kann niemand mehr beitreten.',
    nothingToChoose: 'Die Moderation hat noch nichts zur Auswahl angelegt.',
    serverTrouble: 'Das hat nicht geklappt. Bitte gleich noch einmal.',
    cannotVote: 'In dieser Abstimmung punkten andere – so, wie Sie beigetreten sind, zählt '
      + 'Ihr Gerät nicht.',
    budget: 'Ihre Punkte sind verbraucht.',
    cap: 'Mehr Punkte gehen auf diesen Eintrag nicht.',
    noMinus: 'In dieser Abstimmung gibt es keine Minuspunkte.',
    voteClosed: 'Die Abstimmung ist geschlossen.',
    slowDown: 'Etwas langsamer, bitte.',
    votingRule: (vote) => vote.minus
      ? `${vote.dotsPerVoter} Punkte, höchstens ${vote.cap} pro Eintrag; − vergibt Minuspunkte.`
      : `${vote.dotsPerVoter} Punkte, höchstens ${vote.cap} pro Eintrag.`,
    plusFor: (item) => `Ein Punkt mehr für: ${item}`,
    minusFor: (item) => `Ein Punkt weniger für: ${item}`,
    dotsOn: (count) => (count === 1 || count === -1 ? `${count} Punkt` : `${count} Punkte`),
    tableName: (table) => table.name || `Tisch ${table.number}`,
  },
  en: {
    pageTitle: 'Weitblick – Take part',
    heading: 'Take part',
    joinHeading: 'Join',
    joinIntro: 'Write cards for the wall and give your dots, right from your phone.',
    codeLabel: 'Access code (shown on the projector)',
    tableLabel: 'Your table',
    groupLabel: 'Your group',
    participantLabel: 'Your name',
    choose: 'Please choose …',
    next: 'Next',
    joinButton: 'Join',
    changeSeat: 'Change',
    tabWrite: 'Cards',
    tabVote: 'Vote',
    cardLabel: 'Your card',
    cardHint: 'One thought per card, short and readable from afar.',
    send: 'Send',
    myCards: 'My cards',
    noCardsYet: 'No cards yet.',
    dotsLeft: 'Dots left:',
    waitHeading: 'More in a moment',
    waitText: 'The moderator has nothing open to write or vote on right now. '
      + 'This page follows by itself when it goes on.',
    blockedHeading: 'Blocked',
    blockedText: 'The moderator has blocked this device. Please talk to them.',
    offline: 'No connection. Your cards wait here and are sent as soon as the connection is '
      + 'back.',
    stateSending: 'sending …',
    stateArrived: 'arrived ✓',
    stateHidden: 'hidden by the moderator',
    paused: 'The moderator is not taking cards right now. Your cards wait and go in by '
      + 'themselves afterwards.',
    notSeated: 'Please choose where you sit first.',
    emptyCard: 'The card is empty.',
    badText: 'The card holds characters that cannot be sent. Please change it.',
    tooLong: 'The card is too long (2000 characters at most).',
    cardLimit: 'You have written a great many cards in this phase already.',
    wrongCode: 'This code is not right. Please type the code shown on the projector.',
    codeMissing: 'Please type the code shown on the projector.',
    tooManyTries: 'Too many tries. Please try again in a minute.',
    chooseFirst: 'Please choose from the list.',
    unknownChoice: 'This choice no longer exists. Please choose again.',
    roomFull: 'Nobody more can join right now.',
    nothingToChoose: 'The moderator has not set up anything to choose yet.',
    serverTrouble: 'That did not work. Please try again in a moment.',
    cannotVote: 'Others vote in this round: the way you joined, your device does not count.',
    budget: 'Your dots are used up.',
    cap: 'No more dots can go on this item.',
    noMinus: 'This vote has no minus dots.',
    voteClosed: 'The vote is closed.',
    slowDown: 'A little slower, please.',
    votingRule: (vote) => vote.minus
      ? `${vote.dotsPerVoter} dots, at most ${vote.cap} per item; − gives minus dots.`
      : `${vote.dotsPerVoter} dots, at most ${vote.cap} per item.`,
    plusFor: (item) => `One dot more for: ${item}`,
    minusFor: (item) => `One dot less for: ${item}`,
    dotsOn: (count) => (count === 1 || count === -1 ? `${count} dot` : `${count} dots`),
    tableName: (table) => table.name || `Table ${table.number}`,
  },
};

// The first of the browser's languages that the page speaks; German, the conference's
// language, when it speaks none of them.
function chooseLanguage() {
  const wanted = navigator.languages && navigator.languages.length
    ? navigator.languages : [navigator.language || ''];
  for (const tag of wanted) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (base in texts) return base;
  }
  return 'de';
}

export const language = chooseLanguage();

export function text(key, ...values) {
  const entry = texts[language][key];
  return typeof entry === 'function' ? entry(...values) : entry;
}

export function translatePage() {
  document.documentElement.lang = language;
  document.title = text('pageTitle');
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = text(element.dataset.text);
  }
}
