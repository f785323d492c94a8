"""The report in a real browser: headless Chromium loads every page of the seed report and of a
hostile article's report, through the DevTools protocol (a websocket; no driver download).

Asserted on the DOM after the page's scripts would have run: the title is the one we wrote, no
element or attribute came from the article (no script, iframe, svg, inline handler, `javascript:`
link), no dialog opened, no console error, nothing requested from another host, and the pages
that draw figures show at least one loaded image. Full-page screenshots land in
``reports/<slug>/screenshots/`` (desktop width, and phone width for the index and the article).

Without Chromium (Debian package ``chromium``) the tests skip and say so; ``.ci/run`` installs it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO
from test_hostile import CODEBOOK, HOSTILE

from analysis.reading.loading import load_article
from analysis.report.runner import build_report, notebook_paths, slugify

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
websocket = pytest.importorskip("websocket", reason="websocket-client is not installed (pip install -e .[dev])")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium): "
                                                         "the real-browser test is skipped")

SEED = REPO / "seeds" / "kazakhstan-csto-2022-01.txt"
OUT = REPO / "reports"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--mute-audio", "--hide-scrollbars", "--remote-debugging-port=0"]
DESKTOP, PHONE = 1100, 390
#: Pages that must show a figure (the annotated article and the index of a failed run may not).
WITH_FIGURES = {"index.html", "01_article_overview.html", "02_actor_sentiment.html", "03_quotes.html",
                "04_sources.html"}

# Runs in the page after load: what is live in the DOM.
INSPECT = r"""(() => {
  const live = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) live.push(el.tagName + ' ' + a.name);
      if (/^\s*(javascript|vbscript|data:text\/html)/i.test(a.value))
        live.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 30));
    }
  }
  const tags = 'script, iframe, frame, object, embed, svg, b, form, base, meta[http-equiv=refresh]';
  for (const el of document.querySelectorAll(tags)) live.push('<' + el.tagName.toLowerCase() + '>');
  const images = [...document.images].map(i => ({src: i.getAttribute('src').slice(0, 30),
                                                 ok: i.complete && i.naturalWidth > 0}));
  const links = [...document.querySelectorAll('[href], [src]')]
    .map(e => e.getAttribute('href') || e.getAttribute('src'));
  const marked = [...document.querySelectorAll('.annotated .seg')].map(p => {
    const c = p.cloneNode(true);
    c.querySelectorAll('.tag').forEach(t => t.remove());
    return c.textContent;
  });
  return {title: document.title, url: location.href, live, images, marked,
          styles: document.querySelectorAll('style').length,
          bodyShown: getComputedStyle(document.body).display !== 'none' && document.body.innerText.length > 100,
          external: links.filter(u => /^([a-z][a-z0-9+.-]*:)?\/\//i.test(u) && !/^file:/i.test(u)),
          text: document.body.innerText, height: document.documentElement.scrollHeight};
})()"""


class Browser:
    """One headless Chromium and one tab, driven over the DevTools protocol."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="chromium-profile-")
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
            tab = next(t for t in json.load(reply) if t["type"] == "page")
        self.ws = websocket.create_connection(tab["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._event(message)

    def _event(self, message: dict) -> None:
        self.events.append(message)
        if message.get("method") == "Page.javascriptDialogOpening":  # a payload ran: record it, close it
            self.next_id += 1
            self.ws.send(json.dumps({"id": self.next_id, "method": "Page.handleJavaScriptDialog",
                                     "params": {"accept": False}}))

    def load(self, url: str, width: int) -> dict:
        """Open ``url`` at ``width`` CSS pixels, wait for load, return what ``INSPECT`` saw plus events."""
        self.events = []
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1,
                  mobile=width < 600)
        self.call("Page.navigate", url=url)
        deadline = time.time() + 60
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            assert time.time() < deadline, f"{url} did not finish loading"
            self._event(json.loads(self.ws.recv()))
        self.call("Runtime.evaluate", expression="new Promise(r => setTimeout(r, 300))", awaitPromise=True)
        seen = self.call("Runtime.evaluate", expression=INSPECT, returnByValue=True)["result"]["value"]
        seen["events"] = list(self.events)
        return seen

    def screenshot(self, path: Path, width: int, height: int) -> None:
        """A full-page PNG (capped at 20,000 pixels tall)."""
        height = min(max(height, 400), 20000)
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                  mobile=width < 600)
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
        path.parent.mkdir(parents=True, exist_ok=True)
        import base64

        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


def problems(events: list[dict]) -> list[str]:
    """Dialogs, uncaught exceptions, console errors and requests to other hosts among ``events``."""
    found = []
    for e in events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Page.javascriptDialogOpening":
            found.append(f"dialog: {params.get('message')}")
        elif method == "Runtime.exceptionThrown":
            found.append(f"exception: {params['exceptionDetails'].get('text')}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append(f"console.{params['type']}: {params.get('args')}")
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            found.append(f"console error: {params['entry'].get('text')}")
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not url.startswith(("file:", "data:")):
                found.append(f"request to {url[:80]}")
    return found


def report_folder(article: Path, actors: Path | None = None) -> Path:
    """Build the report of ``article`` under ``reports/`` and return its folder.

    A previous run's folder for this slug is removed first: the hostile article is written to a new
    temporary path each run, and the runner (rightly) refuses to replace another file's report."""
    shutil.rmtree(OUT / slugify(article.stem), ignore_errors=True)
    results = build_report(article, OUT, actors=actors, log=lambda *a, **k: None)
    assert all(r.error is None for r in results), [r.error for r in results]
    folder = OUT / slugify(article.stem)
    assert (folder / "index.html").is_file(), folder
    return folder


@pytest.fixture(scope="module")
def browser():
    chromium = Browser()
    yield chromium
    chromium.close()


@pytest.fixture(scope="module")
def seed_report():
    return report_folder(SEED)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    article, codebook = folder / "hostile.txt", folder / "hostile.actors.yml"
    article.write_text(HOSTILE, encoding="utf-8")
    codebook.write_text(CODEBOOK, encoding="utf-8")
    return report_folder(article, codebook), load_article(article).title


PAGES = ["index.html", *(p.with_suffix(".html").name for p in notebook_paths())]


def check_page(browser: Browser, folder: Path, name: str, article_title: str) -> dict:
    """Load one page, assert it is clean, save its screenshots, return what was seen."""
    path = folder / name
    seen = browser.load(path.as_uri(), DESKTOP)
    assert problems(seen["events"]) == [], name
    assert seen["live"] == [], name
    assert seen["external"] == [], name
    assert seen["url"] == path.as_uri(), f"{name}: navigated away"
    assert seen["bodyShown"], f"{name}: the body is hidden or empty"
    assert seen["styles"] == 1, f"{name}: {seen['styles']} style elements (the page's own is the only one)"
    assert seen["title"].endswith(article_title), (name, seen["title"])
    if name in WITH_FIGURES:
        assert any(i["ok"] for i in seen["images"]), f"{name}: no image rendered"
    assert all(i["ok"] for i in seen["images"]), f"{name}: broken image {seen['images']}"
    shots = folder / "screenshots"
    browser.screenshot(shots / f"{path.stem}.png", DESKTOP, seen["height"])
    if name in ("index.html", "05_annotated_article.html"):
        phone = browser.load(path.as_uri(), PHONE)
        browser.screenshot(shots / f"{path.stem}.phone.png", PHONE, phone["height"])
    return seen


@pytest.mark.parametrize("name", PAGES)
def test_seed_page_in_chromium(browser, seed_report, name):
    title = load_article(SEED).title
    seen = check_page(browser, seed_report, name, title)
    if name != "index.html":
        assert "import " not in seen["text"], f"{name}: code is shown by default"
    assert str(REPO) not in seen["text"] and "/tmp/" not in seen["text"]


@pytest.mark.parametrize("name", PAGES)
def test_hostile_page_runs_no_payload(browser, hostile_report, name):
    folder, title = hostile_report
    seen = check_page(browser, folder, name, title)
    assert "XSS" not in seen["title"].replace(title, ""), "the title was changed"


def test_annotated_page_holds_the_whole_article(browser, seed_report):
    seen = browser.load((seed_report / "05_annotated_article.html").as_uri(), DESKTOP)
    article = load_article(SEED)
    shown = "".join("".join(seen["marked"]).split())
    assert shown == "".join(article.text.split())


def test_hostile_text_is_shown_as_text(browser, hostile_report):
    folder, _ = hostile_report
    seen = browser.load((folder / "05_annotated_article.html").as_uri(), DESKTOP)
    assert "<script>alert('XSS-0')</script>" in seen["text"]
    assert "<img src=x onerror=alert('XSS-2')>" in seen["text"]
