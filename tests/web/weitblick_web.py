"""Shared by the browser test and the screenshot script: `weitblick --serve` on loopback and a
headless Chromium driven by Selenium (Debian's python3-selenium, chromium, chromium-driver)."""

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

CHROMEDRIVER = shutil.which('chromedriver') or '/usr/bin/chromedriver'
CHROMIUM = shutil.which('chromium') or '/usr/bin/chromium'


def free_port():
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        return probe.getsockname()[1]


class Conference:
    """A temporary copy of the sample conference, read straight from the file."""

    def __init__(self, weitblick):
        self.folder = tempfile.TemporaryDirectory(prefix='weitblick-web-')
        self.path = os.path.join(self.folder.name, 'Lindenau.weitblick')
        subprocess.run([weitblick, '--write-sample', self.path], check=True,
                       stdout=subprocess.DEVNULL, env=quiet_environment())

    def query(self, sql, *parameters):
        # Read-only, beside the server: the file is in rollback-journal mode, so readers see
        # exactly what was committed.
        with sqlite3.connect(f'file:{self.path}?mode=ro', uri=True) as db:
            return db.execute(sql, parameters).fetchall()

    def close(self):
        self.folder.cleanup()


def quiet_environment():
    environment = dict(os.environ, QT_QPA_PLATFORM='offscreen', LC_ALL='C.UTF-8')
    environment.pop('DISPLAY', None)
    return environment


class Server:
    """weitblick --serve on 127.0.0.1, as a second laptop runs it, with its stdin commands."""

    def __init__(self, weitblick, path, port, code, *options):
        self.process = subprocess.Popen(
            [weitblick, '--serve', path, '--bind', '127.0.0.1', '--port', str(port),
             '--code', code, *options],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding='utf-8',
            env=quiet_environment())
        self.url = self.process.stdout.readline().strip()
        expected = f'http://127.0.0.1:{port}/?code={code}'
        if self.url != expected:
            self.stop()
            raise RuntimeError(f'weitblick --serve said {self.url!r}, not {expected!r}')

    def command(self, line):
        self.process.stdin.write(line + '\n')
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        if answer != 'ok':
            raise RuntimeError(f'{line}: {answer}')

    def stop(self):
        """Ends the server as the moderator does (SIGTERM); returns its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=30)
        finally:
            self.process.stdin.close()
            self.process.stdout.close()


def chromium(width=390, height=844, language='de-DE'):
    """A headless Chromium with a fresh profile, as root on a machine with no network."""
    profile = tempfile.mkdtemp(prefix='weitblick-chromium-')
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ('--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
                     '--no-first-run', '--disable-background-networking',
                     '--disable-component-update', '--disable-sync',
                     '--disable-dev-shm-usage', '--force-device-scale-factor=1',
                     f'--user-data-dir={profile}', f'--lang={language}',
                     f'--window-size={max(width, 500)},{height}'):
        options.add_argument(argument)
    options.add_experimental_option('prefs', {'intl.accept_languages': language})
    options.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.profile_folder = profile
    # A phone's viewport: a window cannot be made that narrow.
    driver.execute_cdp_cmd('Emulation.setDeviceMetricsOverride', {
        'width': width, 'height': height, 'deviceScaleFactor': 1, 'mobile': True})
    return driver


def quit_chromium(driver):
    driver.quit()
    shutil.rmtree(driver.profile_folder, ignore_errors=True)


def wait_for(driver, condition, what, seconds=15):
    """Waits until condition(driver) is true; a generous limit, since the machine may be busy."""
    return WebDriverWait(driver, seconds, poll_frequency=0.05).until(
        lambda d: condition(d), message=f'waited {seconds} s for {what}')
