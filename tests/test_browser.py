"""The archive in headless Chromium: the events map and the latest-strikes query render with
data and without JavaScript errors. Screenshots land in tests/artifacts/ (gitignored).

Needs Debian's ``chromium`` and ``chromium-driver`` (``make test`` installs them when it runs as
root with apt-get); without them this test is skipped and says why. Selenium is given
/usr/bin/chromedriver, so it never downloads a driver.

The map's tiles point at a loopback port nobody listens on, as a browser offline would see
them: each failed tile is a "Failed to load resource" network entry in the console, which is
expected and excluded; any other SEVERE entry (a script error, a missing script or
stylesheet) fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import OFFLINE_TILES, ROOT
from strike_archive import EVENTS

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "tests" / "artifacts"
FAILED_TILE = OFFLINE_TILES.split("{z}")[0]


def missing_browser() -> str | None:
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            return (f"headless Chromium test skipped: {path} is missing (Debian package {package}; "
                    "`make test` installs it when run as root where apt-get exists)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "headless Chromium test skipped: selenium is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = missing_browser()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1280,1500"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


def markers_on_map(driver) -> int:
    """Events on the Leaflet map: single markers plus the counts shown on cluster bubbles."""
    return driver.execute_script("""
        const icons = [...document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')];
        return icons.reduce((n, icon) => n + (icon.classList.contains('marker-cluster')
            ? parseInt(icon.textContent, 10) : 1), 0);""")


def script_errors(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and not entry["message"].startswith(FAILED_TILE)]


@pytest.mark.parametrize("page, shot", [("events", "events-map.png"), ("latest_strikes", "latest-strikes.png")])
def test_page_renders_events_on_the_map_without_script_errors(browser, served, page, shot):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get_log("browser")  # start from a clean console
    browser.get(f"{served}/{page}")
    WebDriverWait(browser, 30).until(lambda driver: markers_on_map(driver) == len(EVENTS))
    assert len(browser.find_elements("css selector", "table.rows-and-columns tbody tr")) == len(EVENTS)
    assert "Boukamal" in browser.find_element("css selector", "table.rows-and-columns").text
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / shot))
    assert script_errors(browser) == []
