"""The participant page in a real browser (issue 13): headless Chromium, driven by Debian's
python3-selenium, against `weitblick --serve` on a temporary copy of the sample conference.

A phone joins with the code from the QR code's address, sends cards (umlauts, and one that
looks like markup), follows the moderator's phase changes, votes within the budget, and loses
the server while it writes a card: the card arrives exactly once when the server is back.

    /usr/bin/python3 tests/web/test_participant_page.py build/weitblick
"""

import json
import sys
import time

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from weitblick_web import Conference, Server, chromium, free_port, quit_chromium, wait_for

CODE = 'K7QM2X'
UMLAUT_CARDS = ['Grünflächen am Fluss', 'Straßenbahn bis Süd', 'Ärztehaus im Ortskern',
                'Öffentliches WLAN am Markt', 'Mehr Übergänge für Fußgänger']
MARKUP_CARD = '<img src=x onerror=alert(1)>'
OFFLINE_CARD = 'Offline geschrieben: eine Brücke über die Aue'
PHASE_CARD = 'Für die Zukunft geschrieben, nach dem Wechsel gesendet'


def check(condition, what):
    if not condition:
        raise AssertionError(what)


def element(driver, element_id):
    return driver.find_element(By.ID, element_id)


def shown(element_id):
    return lambda driver: element(driver, element_id).is_displayed()


def card_states(driver):
    # Read in one step: the page rebuilds the list as the cards' states change.
    return [tuple(pair) for pair in driver.execute_script(
        "return Array.from(document.querySelectorAll('#my-cards > li'), (li) =>"
        " [li.querySelector('.card-text').textContent, li.dataset.state])")]


def state_of(driver, card_text):
    return dict(card_states(driver)).get(card_text)


def followed(driver, server, command, condition, what):
    """Gives the moderator's command and returns how long the page took to follow it."""
    started = time.monotonic()
    server.command(command)
    wait_for(driver, condition, what)
    return time.monotonic() - started


def send_card(driver, card_text):
    element(driver, 'card-text').send_keys(card_text)
    element(driver, 'send-card').click()


def network_cards(conference, card_text=None):
    rows = conference.query('SELECT text, table_id, phase_id FROM card'
                            ' WHERE device_id IS NOT NULL ORDER BY id')
    return [row for row in rows if card_text is None or row[0] == card_text]


def join_with_the_code_from_the_address(driver, server, conference):
    driver.get(server.url)
    check(element(driver, 'code').get_attribute('value') == CODE, 'the code from ?code=')
    check(element(driver, 'join-heading').text == 'Beitreten', 'German by navigator.languages')
    wait_for(driver, shown('table'), 'the tables to choose from')
    Select(element(driver, 'table')).select_by_visible_text('Tisch 3')
    element(driver, 'join').click()
    wait_for(driver, shown('write-view'), 'the write view')
    question = conference.query('SELECT guiding_question FROM phase WHERE id = 3')[0][0]
    check(element(driver, 'question').text == question, 'the open phase\'s guiding question')
    check(element(driver, 'seat-name').text == 'Tisch 3', 'where the phone sits')


def send_five_cards_with_umlauts(driver, conference):
    for card_text in UMLAUT_CARDS:
        send_card(driver, card_text)
    wait_for(driver, lambda d: card_states(d) == [(t, 'arrived') for t in reversed(UMLAUT_CARDS)],
             'five cards arrived')
    check(network_cards(conference) == [(t, 3, 3) for t in UMLAUT_CARDS],
          'the five cards in the file, on table 3 and the Future phase')


def markup_shows_as_text(driver, conference):
    send_card(driver, MARKUP_CARD)
    wait_for(driver, lambda d: state_of(d, MARKUP_CARD) == 'arrived', 'the markup card arrived')
    check(driver.find_elements(By.TAG_NAME, 'img') == [], 'no element made from a card')
    try:
        driver.switch_to.alert
        raise AssertionError('a card ran a script')
    except NoAlertPresentException:
        pass
    check(network_cards(conference, MARKUP_CARD) == [(MARKUP_CARD, 3, 3)], 'stored as text')


def follows_phase_changes(driver, server):
    seconds = followed(driver, server, 'phase 2',
                       lambda d: element(d, 'phase-title').text == 'Gegenwart', 'phase 2')
    print(f'the page followed a phase change after {seconds:.2f} s')
    check(card_states(driver) == [], 'my cards of the Future phase are not shown under another')
    followed(driver, server, 'phase none', shown('wait-view'), 'no phase open')


def vote_within_the_budget(driver, server, conference):
    # The sample's vote counts per participant: the moderator lets people join by name.
    server.command('join participant')
    wait_for(driver, shown('participant'), 'the names to choose from')
    person_id, name = conference.query(
        'SELECT id, name FROM participant WHERE id NOT IN'
        ' (SELECT voter_id FROM dot WHERE session_id = 1 AND voter_id IS NOT NULL)'
        ' ORDER BY id LIMIT 1')[0]
    Select(element(driver, 'participant')).select_by_value(str(person_id))
    element(driver, 'join').click()
    wait_for(driver, shown('wait-view'), 'seated by name, nothing open yet')
    seconds = followed(driver, server, 'vote open', shown('vote-view'), 'the vote')
    print(f'the page followed the vote opening after {seconds:.2f} s')
    budget, cap = conference.query('SELECT dots_per_voter, cap_per_item FROM vote_session'
                                   ' WHERE id = 1')[0]
    check(element(driver, 'dots-left').text == str(budget), 'the whole budget is left')

    def left(driver):
        return int(element(driver, 'dots-left').text)

    items = driver.find_elements(By.CSS_SELECTOR, '#vote-items > li[data-ref]')
    check(len(items) > budget // cap, 'enough items to spend the budget')
    given = 0
    for item in items:
        plus = item.find_element(By.CLASS_NAME, 'plus')
        while plus.is_enabled():
            plus.click()
            given += 1
            wait_for(driver, lambda d: left(d) == budget - given, f'{given} dots given')
        mine = int(item.get_attribute('data-mine'))
        check(mine == cap or given == budget, '+ stops at the cap or the end of the budget')
        if given == budget:
            break
    check(all(not li.find_element(By.CLASS_NAME, 'plus').is_enabled() for li in items),
          'no + is left once the budget is spent')

    def dots_in_file():
        return conference.query('SELECT coalesce(sum(count), 0) FROM dot WHERE session_id = 1'
                                ' AND voter_id = ?', person_id)[0][0]

    check(dots_in_file() == budget, f'{budget} dots of {name} in the file')
    items[0].find_element(By.CLASS_NAME, 'minus').click()
    wait_for(driver, lambda d: left(d) == 1, 'a dot taken back')
    check(dots_in_file() == budget - 1, 'the dot taken back in the file')
    followed(driver, server, 'vote none', shown('wait-view'), 'the vote closed')


def offline_card_arrives_once(driver, server, conference, serve):
    followed(driver, server, 'phase 3', shown('write-view'), 'the Future phase again')
    check(server.stop() == 0, 'the server ends with 0')
    send_card(driver, OFFLINE_CARD)
    wait_for(driver, shown('offline'), 'the page knows it is offline')
    check(state_of(driver, OFFLINE_CARD) == 'sending', 'the card waits')
    kept = driver.execute_script('return localStorage.getItem("weitblick.cards")')
    check({'text': OFFLINE_CARD, 'state': 'sending'}.items()
          <= next(c for c in json.loads(kept) if c['text'] == OFFLINE_CARD).items(),
          'the waiting card is in local storage')
    check(network_cards(conference, OFFLINE_CARD) == [], 'nothing stored while offline')

    server = serve('--open-phase', '3', '--join', 'participant')
    wait_for(driver, lambda d: state_of(d, OFFLINE_CARD) == 'arrived', 'the card arrived')
    check(len(network_cards(conference, OFFLINE_CARD)) == 1, 'stored once')

    # The server stored the card but its answer was lost: the page sends it again, with the
    # same id, after a reload, and the server keeps one.
    driver.execute_script("""
        const cards = JSON.parse(localStorage.getItem('weitblick.cards'));
        for (const card of cards) if (card.text === arguments[0]) card.state = 'sending';
        localStorage.setItem('weitblick.cards', JSON.stringify(cards));""", OFFLINE_CARD)
    driver.refresh()
    wait_for(driver, lambda d: state_of(d, OFFLINE_CARD) == 'arrived', 'arrived again')
    check(len(network_cards(conference, OFFLINE_CARD)) == 1, 'still stored once')
    check(len(network_cards(conference)) == len(UMLAUT_CARDS) + 2, 'no card lost or doubled')
    return server


def card_keeps_the_phase_it_was_written_for(driver, server, conference):
    """Written offline while the Future phase was open and sent after the moderator moved on:
    it answers the Future's question, so it goes onto the Future wall."""
    check(element(driver, 'phase-title').text == 'Zukunft', 'the Future phase is open')
    driver.set_network_conditions(offline=True, latency=0, download_throughput=-1,
                                  upload_throughput=-1)
    try:
        send_card(driver, PHASE_CARD)
        wait_for(driver, shown('offline'), 'the page knows it is offline')
        server.command('phase 4')
    finally:
        driver.delete_network_conditions()
    wait_for(driver, lambda d: network_cards(conference, PHASE_CARD) != [], 'the card arrived')
    check([row[2] for row in network_cards(conference, PHASE_CARD)] == [3],
          'stored once, in the phase it was written for')
    wait_for(driver, lambda d: element(d, 'phase-title').text == 'Utopien', 'the page followed')


def nothing_from_outside_and_no_policy_violations(driver):
    foreign = driver.execute_script(
        "return performance.getEntriesByType('resource').map((entry) => entry.name)"
        ".filter((name) => !name.startsWith(location.origin + '/'))")
    check(foreign == [], f'the page loads nothing from outside: {foreign}')
    # Network errors are expected (the server was stopped); a script error or a refusal by the
    # Content-Security-Policy is not.
    problems = [entry['message'] for entry in driver.get_log('browser')
                if entry['level'] == 'SEVERE' and entry['source'] != 'network']
    check(problems == [], f'the console is clean: {problems}')


def english_for_english_browsers(weitblick_url):
    driver = chromium(language='en-US')
    try:
        driver.get(weitblick_url)
        check(element(driver, 'join-heading').text == 'Join', 'English by navigator.languages')
    finally:
        quit_chromium(driver)


def step(function, *arguments):
    started = time.monotonic()
    result = function(*arguments)
    print(f'{function.__name__.replace("_", " ")}: {time.monotonic() - started:.1f} s')
    return result


def main(weitblick):
    conference = Conference(weitblick)
    port = free_port()
    servers = []

    def serve(*options):  # on the same port each time, as the moderator's laptop does
        servers.append(Server(weitblick, conference.path, port, CODE, *options))
        return servers[-1]

    server = serve('--open-phase', '3', '--join', 'table')
    driver = chromium()
    try:
        step(join_with_the_code_from_the_address, driver, server, conference)
        step(send_five_cards_with_umlauts, driver, conference)
        step(markup_shows_as_text, driver, conference)
        step(follows_phase_changes, driver, server)
        step(vote_within_the_budget, driver, server, conference)
        server = step(offline_card_arrives_once, driver, server, conference, serve)
        step(card_keeps_the_phase_it_was_written_for, driver, server, conference)
        step(nothing_from_outside_and_no_policy_violations, driver)
        step(english_for_english_browsers, server.url)
        check(server.stop() == 0, 'the server ends with 0')
    finally:
        quit_chromium(driver)
        for running in servers:
            running.stop()
        conference.close()
    print('the participant page works in Chromium')


if __name__ == '__main__':
    main(sys.argv[1])
