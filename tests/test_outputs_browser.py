"""The HTML report in a real browser: headless Chromium parses it, lays it out, prints it, and screenshots it.

Nothing is installed at run time: the test uses a Chromium already on the machine
(Debian's ``chromium`` package, which .ci/run installs; or the one ``NEWSFACTS_CHROMIUM``
names) and is skipped, saying why, where there is none. The screenshot and the PDF are
saved under ``test-artifacts/`` for people to look at. With
``NEWSFACTS_UPDATE_DOCS_IMAGES=1`` the screenshot of the example article, extracted by
the full pipeline, is also written to ``docs/images/report.png`` for the README.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

import newsfacts
from newsfacts import Facts
from newsfacts.outputs import render_html
from tests.test_outputs_fixtures import sample_facts
from tests.test_outputs_html import expected_texts, parse

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
EXAMPLE = ROOT / "examples" / "articles" / "yonhap_style_rail_talks.txt"
EXAMPLE_PUBLISHED = "2018-11-28T10:21+09:00"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)

pytestmark = pytest.mark.browser


def browser() -> str:
    """The Chromium to use, or skip the test with the reason."""
    named = os.environ.get("NEWSFACTS_CHROMIUM")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(
        "no headless Chromium on this machine: install Debian's chromium package "
        "(apt-get install chromium; .ci/run does) or set NEWSFACTS_CHROMIUM to a Chromium binary"
    )


def run_chromium(*args: str) -> str:
    """Run headless Chromium with a fresh profile; returns its stdout."""
    with tempfile.TemporaryDirectory(prefix="newsfacts-chromium-") as profile:
        done = subprocess.run(
            [browser(), *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def write_report(facts: Facts, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    path.write_text(render_html(facts), encoding="utf-8")
    return path


def screenshot(page: Path, png: Path, size: str = "1400,1200") -> tuple[int, int]:
    """Screenshot ``page`` into ``png``; returns the image's width and height (from the PNG header)."""
    png.unlink(missing_ok=True)
    run_chromium(f"--window-size={size}", f"--screenshot={png}", page.as_uri())
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.fixture(scope="module")
def report_facts() -> Facts:
    return sample_facts(
        broken=True,
        title="Kaesong startups pitch for a second chance as inter-Korean ties thaw",
        outlet="The Korea Herald",
        authors=["Lee Ji-hye"],
    )


def test_chromium_parses_every_highlight_to_exactly_its_mentions_text(report_facts: Facts) -> None:
    page = write_report(report_facts, "report.html")
    dom = run_chromium("--dump-dom", page.as_uri())
    parsed = parse(dom)
    assert parsed.texts == expected_texts(report_facts)
    assert "".join(parsed.body_text) == report_facts.article.text


PROBE = """
<script>
// Headless Chromium may give the page focus a moment after load, and until then no element
// matches :focus: wait for it (virtual time, so no real delay) before reading the styles.
const probe = (tries) => {
  const first = document.querySelector('.text [data-m].s');
  first.focus();
  if (!first.matches(':focus') && tries > 0) {
    setTimeout(() => probe(tries - 1), 20);
    return;
  }
  const groups = {};
  for (const el of document.querySelectorAll('[data-m], [data-c]')) {
    const key = el.hasAttribute('data-m') ? 'm:' + el.dataset.m : 'c:' + el.dataset.c;
    groups[key] = (groups[key] || '') + el.textContent;
  }
  const focused = document.activeElement === first && first.matches(':focus');
  const tip = getComputedStyle(first, '::before').content;
  const same = document.querySelectorAll('.text [data-e="' + first.dataset.e + '"]');
  const sameOutlined = [...same].map(el => getComputedStyle(el).outlineStyle);
  const otherEntity = document.querySelector('.text [data-m]:not([data-e="' + first.dataset.e + '"])');
  const otherOutline = getComputedStyle(otherEntity).outlineStyle;
  const lastOf = document.querySelector('.text [data-m].e');
  const label = getComputedStyle(lastOf, '::after').content;
  const quote = document.querySelector('.text .q.s');
  const speaker = getComputedStyle(quote, '::before').content;
  const hidden = [...document.querySelectorAll('.text [data-m]')].filter(
    el => el.getBoundingClientRect().width === 0).length;
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({groups, focused, tip, tipWanted: first.dataset.tip, label,
    labelWanted: lastOf.dataset.label, speaker, speakerWanted: quote.dataset.speaker, hidden,
    sameOutlined, otherOutline});
  document.body.appendChild(out);
};
probe(100);
</script>
"""


def test_in_the_browser_focus_shows_the_value_labels_show_the_kind_and_nothing_is_hidden(
    report_facts: Facts,
) -> None:
    page_html = render_html(report_facts)
    # the probe needs a script, which the report's own policy forbids: drop the policy for this copy only
    probed = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page_html, count=1)
    probed = probed.replace("</body>", PROBE + "</body>", 1)
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "report-probe.html"
    page.write_text(probed, encoding="utf-8")
    dom = run_chromium("--virtual-time-budget=5000", "--dump-dom", page.as_uri())
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found, "the probe did not run"
    probe = json.loads(html.unescape(found.group(1)))
    want = {k.replace("data-", ""): v for k, v in expected_texts(report_facts).items()}
    assert probe["groups"] == want
    assert probe["focused"]
    assert css_string(probe["tip"]) == probe["tipWanted"]
    assert css_string(probe["label"]) == probe["labelWanted"]
    assert probe["speakerWanted"] in css_string(probe["speaker"])
    assert probe["hidden"] == 0
    # focusing one mention outlines every mention of the same entity, and no other
    assert len(probe["sameOutlined"]) > 1 and set(probe["sameOutlined"][1:]) == {"solid"}
    assert probe["otherOutline"] == "none"


def css_string(value: str) -> str:
    """The text of a computed CSS ``content`` value such as ``"a\\a b"``."""
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', value)
    text = "".join(parts)
    text = re.sub(r"\\([0-9a-fA-F]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), text)
    return re.sub(r"\\(.)", r"\1", text)


def test_the_report_prints_to_pdf(report_facts: Facts) -> None:
    page = write_report(report_facts, "report.html")
    pdf = ARTIFACTS / "report.pdf"
    pdf.unlink(missing_ok=True)
    run_chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000


def test_a_screenshot_of_the_report_is_saved_as_an_artifact(report_facts: Facts) -> None:
    page = write_report(report_facts, "report.html")
    assert screenshot(page, ARTIFACTS / "report.png") == (1400, 1200)


def test_the_readme_image_shows_the_example_article_through_the_full_pipeline() -> None:
    facts = newsfacts.Extractor(autoload=False).extract(
        EXAMPLE.read_text(encoding="utf-8"), published=EXAMPLE_PUBLISHED
    )
    page = write_report(facts, "example-report.html")
    png = ARTIFACTS / "example-report.png"
    assert screenshot(page, png, size="1400,1100") == (1400, 1100)
    if os.environ.get("NEWSFACTS_UPDATE_DOCS_IMAGES") == "1":
        shutil.copyfile(png, ROOT / "docs" / "images" / "report.png")
