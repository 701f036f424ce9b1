#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-export-readers.py — exports read back by programs that are not ours
#
# Runs duty-split's command line as a user would, then reads what it wrote
# with independent readers: Python's csv module, cmark-gfm (GitHub's
# Markdown) and pdftotext. Hostile checklists put the OWASP CSV-injection
# payloads and list-breaking Markdown into titles, assignees, notes and
# reasons. Prints TAP; a reader that is not installed skips its tests.

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

DUTY_SPLIT = os.environ["DUTY_SPLIT"]
SAMPLE = os.path.join(os.environ["G_TEST_SRCDIR"], "data", "sample.dutysplit.json")
WORK = tempfile.mkdtemp(prefix="duty-split-readers-")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# OWASP's CSV-injection examples, and variants that start a cell with each
# character a spreadsheet reads as the start of a formula.
CSV_PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "=10+20+cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1+1)",
    "=HYPERLINK(\"http://x\",\"y\")",
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
    "\t=1+1",
    "\r=1+1",
    "=1+2\";=1+2",
    "=1+2'\" ;,=1+2",
    "'=1",
    "+=1",
    "-=1",
    "@=1",
    "=\n1+1",
    "plain, with \"quotes\"\nand a line break",
]

# Text that tries to leave its list entry or forge one.
MARKDOWN_PAYLOADS = [
    "x\n- [ ] forged task",
    "]\n\n- [x] forged done",
    "- [ ] starts like a task",
    "1. ordered\n2. list",
    "\n# forged heading\n",
    "```\ncode fence",
    "    - [ ] indented",
    "<!-- comment",
    "<details><summary>x</summary>",
    "<script>alert(1)</script>",
    "|a|b|\n|-|-|",
    "line\n\n---\n\nafter a rule",
    "text\n===",
    "[link](javascript:alert(1)) ![img](http://x/y.png)",
    "\\",
    "*unclosed _emphasis ~~strike",
    "&lt; &#60; entities",
    "@someone #12",
]

results = []


def test(name):
    def wrap(func):
        results.append((name, func))
        return func
    return wrap


class Skip(Exception):
    pass


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([DUTY_SPLIT, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise AssertionError(f"duty-split {' '.join(args)} failed: {done.stderr}")
    return done


def export(source, name, *options):
    out = os.path.join(WORK, name)
    run("--export", out, "--checklist", source, *options)
    return out


def hostile_checklist(name, payloads):
    """A checklist whose custom items carry @payloads everywhere text goes."""
    items = []
    for i, text in enumerate(payloads):
        item = {"section": "hostile", "title": text, "assignee": text, "note": text}
        if i % 2:
            item.update({"status": "not-applicable", "reason": "other", "reason-text": text})
        items.append(item)
    items.append({"duty": "s3/gone-duty", "title": payloads[0], "note": payloads[-1]})
    path = os.path.join(WORK, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": "duty-split-checklist", "version": 1, "name": payloads[0],
                   "regions": ["eu-west-1"], "services": ["s3"], "items": items}, f)
    return path, len(items)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))


def neutralised(text):
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@test("csv: read back by Python's csv module, every field in place")
def _():
    with open(SAMPLE, encoding="utf-8") as f:
        sample = json.load(f)
    path = export(SAMPLE, "sample.csv")
    rows = read_csv(path)

    assert rows[0] == ["service", "duty", "title", "owner", "status", "reason", "reason-text",
                       "assignee", "due", "done-at", "note", "controls"], rows[0]
    assert len(rows) == len(sample["items"]) + 1, len(rows)
    assert all(len(row) == 12 for row in rows)
    with open(path, "rb") as f:
        raw = f.read()
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == len(rows), "records end in CRLF"

    by_duty = {row[1]: dict(zip(rows[0], row)) for row in rows[1:] if row[1]}
    bpa = by_duty["s3/block-public-access"]
    assert bpa == {
        "service": "Amazon S3", "duty": "s3/block-public-access",
        "title": "Keep Block Public Access on for the account and buckets",
        "owner": "customer", "status": "done", "reason": "", "reason-text": "",
        "assignee": "Ana Lima", "due": "2026-12-01", "done-at": "2026-11-02T09:30:00Z",
        "note": "Checked in the console, \"all\" buckets;\nalso via SCP", "controls": "S3.1 S3.8",
    }, bpa
    imds = by_duty["ec2/require-imdsv2"]
    assert (imds["status"], imds["reason"], imds["reason-text"]) == \
        ("not-applicable", "architecture-constraint", "No instances: *all* on Fargate"), imds
    assert by_duty["ecs/use-latest-fargate-platform"]["owner"] == "shared"
    assert by_duty["ecs/use-latest-fargate-platform"]["service"] == "Amazon ECS (Fargate launch type)"
    assert by_duty["s3/rotate-old-keys"]["owner"] == "", "a duty the catalog lost has no owner"
    custom = [row for row in rows[1:] if not row[1]]
    assert [(r[0], r[2], r[3], r[7]) for r in custom] == [
        ("Amazon EC2", "Tag instances with the cost centre", "", "Bo Chen"),
        ("team-runbook", "Write the on-call runbook", "", "Ana Lima"),
    ], custom


@test("csv: AWS's duties are rows with status aws; options filter rows and notes")
def _():
    with open(SAMPLE, encoding="utf-8") as f:
        sample = json.load(f)
    rows = read_csv(export(SAMPLE, "aws.csv", "--with-aws-duties"))
    aws = [row for row in rows[1:] if row[4] == "aws"]
    assert len(rows) - 1 - len(aws) == len(sample["items"])
    assert len(aws) >= 10 and all(row[3] == "aws" and row[1] for row in aws), aws

    rows = read_csv(export(SAMPLE, "open.csv", "--open-only", "--without-notes"))
    assert {row[4] for row in rows[1:]} == {"open"}
    assert all(row[10] == "" for row in rows[1:])


@test("csv: OWASP injection payloads never start a cell, and read back intact")
def _():
    source, n_items = hostile_checklist("injection.dutysplit.json", CSV_PAYLOADS)
    rows = read_csv(export(source, "injection.csv", "--with-aws-duties"))
    assert len(rows) > n_items

    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), f"cell starts a formula: {cell!r}"

    hostile = [dict(zip(rows[0], row)) for row in rows[1:] if row[0] == "hostile"]
    assert len(hostile) == len(CSV_PAYLOADS)
    for text, row in zip(CSV_PAYLOADS, hostile):
        for field in ("title", "assignee", "note"):
            assert row[field] == neutralised(text), (field, row[field], text)
        if row["status"] == "not-applicable":
            assert row["reason-text"] == neutralised(text)


def cmark(path):
    if shutil.which("cmark-gfm") is None:
        raise Skip("cmark-gfm is not installed")
    # --unsafe passes raw HTML through, so an escaping mistake would show.
    done = subprocess.run(["cmark-gfm", "--unsafe", "-e", "tasklist", "-e", "table",
                           "-e", "strikethrough", "-e", "autolink", path],
                          capture_output=True, text=True, check=True)
    return done.stdout


def count_tasks(html):
    return len(re.findall(r'<li><input type="checkbox"', html))


@test("markdown: cmark-gfm sees one task per item")
def _():
    with open(SAMPLE, encoding="utf-8") as f:
        sample = json.load(f)
    for options in ([], ["--with-aws-duties"]):
        html = cmark(export(SAMPLE, "sample.md", *options))
        assert count_tasks(html) == len(sample["items"]), count_tasks(html)
        checked = len(re.findall(r'<input type="checkbox" checked=""', html))
        resolved = sum(1 for i in sample["items"] if i.get("status") in ("done", "not-applicable"))
        assert checked == resolved, (checked, resolved)
        assert html.count("<h1>") == 1 and html.count("<h2>") == 5, html


@test("markdown: hostile titles, notes and assignees stay inside their item")
def _():
    source, n_items = hostile_checklist("lists.dutysplit.json", MARKDOWN_PAYLOADS)
    for options in ([], ["--with-aws-duties"]):
        html = cmark(export(source, "lists.md", *options))
        assert count_tasks(html) == n_items, (count_tasks(html), n_items)
        assert html.count("<h1>") == 1, html
        assert html.count("<h2>") == 2, html   # S3 and the hostile section
        for tag in ("<script", "<details", "<!--", "<pre", "<code", "<table", "<hr", "<img",
                    "<ol", 'href="javascript'):
            assert tag not in html, (tag, html)
        for literal in ("*unclosed _emphasis ~~strike", "[link](javascript:alert(1))",
                        "&amp;lt; &amp;#60; entities", "@someone #12", "&lt;script&gt;"):
            assert literal in html, (literal, html)


@test("pdf: pdftotext finds the name, the services, the items and the page numbers")
def _():
    if shutil.which("pdftotext") is None:
        raise Skip("pdftotext is not installed")
    path = export(SAMPLE, "sample.pdf", "--with-aws-duties")
    text = subprocess.run(["pdftotext", "-layout", path, "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    for expected in ("Payments API", "eu-central-1, eu-west-1", "4 of 26 done",
                     "Amazon S3", "Amazon ECS (Fargate launch type)",
                     "Keep Block Public Access on for the account and buckets",
                     "Assignee: Ana Lima", "also via SCP", "AWS is responsible for",
                     "Secure the data centers physically"):
        assert expected in text, expected
    assert re.search(r"Page 1 of %d\b" % len(pages), pages[0]), pages[0]
    for n, page in enumerate(pages, 1):
        assert re.search(r"Page %d of %d\b" % (n, len(pages)), page), (n, page)

    quiet = subprocess.run(["pdftotext", export(SAMPLE, "quiet.pdf", "--without-notes", "--open-only"), "-"],
                           capture_output=True, text=True, check=True).stdout
    assert "also via SCP" not in quiet and "Keep Block Public Access" not in quiet
    assert "Only the open items are listed." in quiet


def main():
    print(f"1..{len(results)}")
    failed = 0
    for n, (name, func) in enumerate(results, 1):
        try:
            func()
            print(f"ok {n} {name}")
        except Skip as skip:
            print(f"ok {n} {name} # SKIP {skip}")
        except Exception as error:  # report every failure, not only the first
            failed += 1
            print(f"not ok {n} {name}")
            for line in repr(error).splitlines():
                print(f"# {line}")
    shutil.rmtree(WORK, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
