"""The archive in headless Chromium: the events, incidents and latest-strikes maps render with
data, the bundled borders and without JavaScript errors; an incident's page shows its reports
with the figures marked. Screenshots land in tests/artifacts/ (gitignored).

Needs Debian's ``chromium`` and ``chromium-driver`` (``make test`` installs them when it runs as
root with apt-get); without them this test is skipped and says why. Selenium is given
/usr/bin/chromedriver, so it never downloads a driver.

The map's tiles point at a loopback port nobody listens on, as a browser offline would see
them: each failed tile is a "Failed to load resource" network entry in the console, which is
expected and excluded; any other SEVERE entry (a script error, a missing script or
stylesheet) fails the test. With no tiles the map must still show something to orient by:
the borders of monitor/static/boundaries.geojson, so its screenshot is far from one flat grey.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import OFFLINE_TILES, ROOT
from strike_archive import ARABIC_EVENT, EVENTS

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "tests" / "artifacts"
FAILED_TILE = OFFLINE_TILES.split("{z}")[0]
# one Chromium and one `monitor serve` for the module: its tests stay on one xdist worker (Makefile)
pytestmark = pytest.mark.xdist_group("browser")


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


def borders_drawn(driver) -> int:
    """Border shapes Leaflet has drawn (SVG paths in the overlay pane)."""
    return len(driver.find_elements("css selector", ".leaflet-overlay-pane path"))


def colour_spread(png: bytes) -> float:
    """Standard deviation of the grey levels of a screenshot: ~0 for a flat grey square."""
    from PIL import Image, ImageStat

    return ImageStat.Stat(Image.open(io.BytesIO(png)).convert("L")).stddev[0]


# The served archive holds EVENTS and the Arabic report's event; 3 incidents.
@pytest.mark.parametrize("page, markers, shot", [("events", len(EVENTS) + 1, "events-map.png"),
                                                 ("latest_strikes", len(EVENTS) + 1, "latest-strikes.png"),
                                                 ("incidents", 3, "incidents-map.png")])
def test_page_renders_events_on_the_map_with_borders_without_script_errors(browser, served, page, markers, shot):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get_log("browser")  # start from a clean console
    browser.get(f"{served}/{page}")
    WebDriverWait(browser, 30).until(lambda driver: markers_on_map(driver) == markers and borders_drawn(driver) > 40)
    assert len(browser.find_elements("css selector", "table.rows-and-columns tbody tr")) == markers
    assert "Boukamal" in browser.find_element("css selector", "table.rows-and-columns").text
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / shot))
    the_map = browser.find_element("css selector", ".leaflet-container")
    # Offline, with no tile loaded, the map area is land, borders and sea, not one grey.
    assert colour_spread(the_map.screenshot_as_png) > 14   # 5.5 with the borders taken away
    assert script_errors(browser) == []


@pytest.mark.parametrize("page", ["incidents?location=Al-Qaim", "events?location=Al-Qaim"])
def test_a_marker_says_what_happened_and_leads_to_its_incident(browser, served, page):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{served}/{page}")
    WebDriverWait(browser, 30).until(lambda driver: markers_on_map(driver) == 1)
    browser.find_element("css selector", ".leaflet-marker-pane .leaflet-marker-icon").click()
    # Leaflet fades a popup in: until it is shown Selenium reads its text as "", so wait for the heading.
    heading = WebDriverWait(browser, 10).until(
        lambda driver: [strong for strong in driver.find_elements("css selector", ".desk-popup strong") if strong.text])[0]
    popup = browser.find_element("css selector", ".desk-popup")
    assert heading.text == "Al-Qaim, Anbar, Iraq"
    assert "2 killed" in popup.text and "[" not in popup.text              # lists as text, no JSON
    assert popup.find_element("css selector", "a").get_attribute("href").endswith("/archive/incidents/2")


def test_incident_page_shows_its_reports_and_its_place(browser, served):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get_log("browser")
    browser.get(f"{served}/incidents/1")
    WebDriverWait(browser, 30).until(lambda driver: borders_drawn(driver) > 40)
    marks = [mark.text for mark in browser.find_elements("css selector", "ol.reports mark")]
    assert marks == ["nine fighters", "تسعة مقاتلين"]
    arabic = browser.find_element("css selector", "ol.reports li[lang='ar'] q")
    assert arabic.value_of_css_property("direction") == "rtl"            # dir="auto" read it as Arabic
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "incident.png"))
    assert colour_spread(browser.find_element("id", "incident-map").screenshot_as_png) > 14   # 10.4 without
    assert script_errors(browser) == []


def test_arabic_article_body_reads_right_to_left_and_wraps(browser, served):
    browser.get(f"{served}/articles/{ARABIC_EVENT['article_id']}")
    body = browser.find_element("css selector", "dd .article-body")
    assert body.value_of_css_property("direction") == "rtl"
    assert body.size["width"] > 400 and body.size["height"] > 40          # a paragraph, wrapped: not one word wide
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "article-ar.png"))
