"""Writes the README's screenshots of the participant page at 390×844 (join, write and vote),
with the browser test's tooling: `weitblick --serve` on a copy of the sample, headless
Chromium in German. Called by scripts/readme-screenshots; not a test.

    /usr/bin/python3 tests/web/page_screenshots.py build/weitblick docs/screenshots
"""

import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from weitblick_web import Conference, Server, chromium, free_port, quit_chromium, wait_for

CARDS = ['Mehr Grün am Fluss, mit Bänken und Schatten', 'Straßenbahn bis Lindenau-Süd']
WAITING_CARD = 'Ein Dorfladen mit Café im alten Bahnhof'


def shown(element_id):
    return lambda driver: driver.find_element(By.ID, element_id).is_displayed()


def states(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#my-cards > li'), (li) => li.dataset.state)")


def main(weitblick, folder):
    conference = Conference(weitblick)
    server = Server(weitblick, conference.path, free_port(), 'K7QM2X', '--open-phase', '3',
                    '--join', 'table')
    driver = chromium()
    try:
        driver.get(server.url)
        wait_for(driver, shown('table'), 'the tables')
        Select(driver.find_element(By.ID, 'table')).select_by_visible_text('Tisch 3')
        driver.save_screenshot(os.path.join(folder, 'participant-join.png'))

        driver.find_element(By.ID, 'join').click()
        wait_for(driver, shown('write-view'), 'the write view')
        for text in CARDS:
            driver.find_element(By.ID, 'card-text').send_keys(text)
            driver.find_element(By.ID, 'send-card').click()
        wait_for(driver, lambda d: states(d) == ['arrived'] * len(CARDS), 'the cards arrived')
        # Intake paused for a moment: the next card waits on the phone.
        server.command('pause')
        wait_for(driver, lambda d: d.find_element(By.ID, 'write-note').text, 'the pause')
        driver.find_element(By.ID, 'card-text').send_keys(WAITING_CARD)
        driver.find_element(By.ID, 'send-card').click()
        wait_for(driver, lambda d: states(d) == ['sending'] + ['arrived'] * len(CARDS), 'waiting')
        driver.find_element(By.ID, 'card-text').send_keys('Carsharing an jeder Haltestelle')
        driver.execute_script('document.activeElement.blur()')
        driver.save_screenshot(os.path.join(folder, 'participant-write.png'))

        # The sample's vote counts per participant: people join by name.
        server.command('resume')
        server.command('phase none')
        server.command('join participant')
        wait_for(driver, shown('participant'), 'the names')
        Select(driver.find_element(By.ID, 'participant')).select_by_index(5)
        driver.find_element(By.ID, 'join').click()
        server.command('vote open')
        wait_for(driver, shown('vote-view'), 'the vote')
        items = driver.find_elements(By.CSS_SELECTOR, '#vote-items > li')
        for index in (0, 0, 2):
            items[index].find_element(By.CLASS_NAME, 'plus').click()
        wait_for(driver, lambda d: d.find_element(By.ID, 'dots-left').text == '2', 'the dots')
        driver.save_screenshot(os.path.join(folder, 'participant-vote.png'))
    finally:
        quit_chromium(driver)
        server.stop()
        conference.close()
    print(f'Participant page screenshots written to {folder}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
