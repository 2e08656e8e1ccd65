#!/usr/bin/env python3
"""Opens an HTML report in headless Chromium (Debian's `chromium`) as a
reader would, and checks that it rendered: every plot's <svg> and title is
in the DOM Chromium built, and a screenshot of the page is not blank (ink
on at least 3% of it, colour on at least 0.5%). Writes the screenshot and a
summary into --out (tests/browser/ holds the committed ones).

    target/release/tmva-burn train examples/classification.toml
    .venv-py/bin/python tests/browser/check_report.py examples/TMVA_ClassificationPyTorch.html

Needs Pillow (`pip install pillow`). Exits 1 naming what is missing.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from PIL import Image


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("no chromium on PATH (Debian: apt-get install chromium)")


def run(browser, args, url):
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args, url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        sys.exit(f"chromium failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = parser.parse_args()
    source = open(args.report, encoding="utf-8").read()
    titles = re.findall(r"<figcaption>([^<]*)", source)
    if not titles:
        sys.exit(f"{args.report}: no figures")
    browser = chromium()
    version = subprocess.run([browser, "--version"], capture_output=True, text=True).stdout.strip()
    url = "file://" + os.path.abspath(args.report)
    dom = run(browser, ["--dump-dom"], url)
    unescape = lambda t: t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    dom_titles = [unescape(t) for t in re.findall(r"<figcaption>([^<]*)", dom)]
    missing = [unescape(t) for t in titles if unescape(t) not in dom_titles]
    svgs = dom.count("<svg")
    problems = []
    if missing:
        problems.append(f"titles missing from the DOM: {missing}")
    if svgs < len(titles):
        problems.append(f"{svgs} <svg> elements in the DOM for {len(titles)} figures")
    os.makedirs(args.out, exist_ok=True)
    shot = os.path.join(args.out, "report.png")
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "shot.png")
        run(browser, ["--window-size=1400,3000", f"--screenshot={raw}"], url)
        image = Image.open(raw).convert("RGB")
        image.save(shot, optimize=True)
    pixels = image.width * image.height
    ink = colour = 0
    for count, (r, g, b) in image.getcolors(maxcolors=1 << 24):
        if min(r, g, b) < 235:
            ink += count
        if max(r, g, b) - min(r, g, b) > 60:
            colour += count
    if ink < 0.03 * pixels:
        problems.append(f"the screenshot is nearly blank ({ink / pixels:.2%} ink)")
    if colour < 0.005 * pixels:
        problems.append(f"the screenshot has almost no colour ({colour / pixels:.2%})")
    summary = [
        f"report: {os.path.basename(args.report)}",
        f"browser: {version}",
        f"figures: {len(titles)}; in the DOM: {len(titles) - len(missing)} titles, {svgs} svg elements",
        f"screenshot {image.width}x{image.height}: ink {ink / pixels:.1%}, colour {colour / pixels:.1%}",
        "titles: " + "; ".join(unescape(t) for t in titles),
        "result: " + ("FAILED: " + " | ".join(problems) if problems else "rendered"),
    ]
    text = "\n".join(summary) + "\n"
    with open(os.path.join(args.out, "report_check.txt"), "w") as f:
        f.write(text)
    print(text, end="")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
