#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-po.py — the translations in po/ against the sources
#
#   check-po.py potfiles SRCDIR        POTFILES.in lists every file with
#                                      translatable strings, and only files
#                                      that exist; LINGUAS and the .po files
#                                      agree; po/duty-split.pot holds exactly
#                                      the messages the sources have now
#   check-po.py complete SRCDIR LANG   every message of the template has a
#                                      translation in LANG.po, none fuzzy
#   check-po.py runtime SRCDIR         the program, run in a German locale
#                                      with the catalogs built in the build
#                                      folder, speaks German; LANGUAGE
#                                      chooses the language over the locale
#
# Prints TAP.

import os
import re
import shutil
import subprocess
import sys
import tempfile

# What meson's i18n.gettext(preset: 'glib') gives xgettext.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format", "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format", "--flag=g_snprintf:3:c-format",
]

# A file holds translatable strings if it calls a gettext function or marks
# a builder property or item translatable. The data files are listed by name.
MARKED = re.compile(r'\bN?C?_\s*\(\s*"|\bg_d\w*gettext2?\s*\(|translatable="yes"')
DATA_SUFFIXES = (".desktop.in", ".metainfo.xml.in", ".gschema.xml")

n_tests = 0
failed = False


def skip(name, reason):
    global n_tests
    n_tests += 1
    print(f"ok {n_tests} {name} # SKIP {reason}")


def ok(passed, name, detail=""):
    global n_tests, failed
    n_tests += 1
    failed |= not passed
    print(f"{'ok' if passed else 'not ok'} {n_tests} {name}")
    for line in detail.strip().splitlines():
        print(f"# {line}")


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [w for line in f for w in line.split("#", 1)[0].split()]


def check_potfiles(srcdir):
    po = os.path.join(srcdir, "po")
    listed = read_list(os.path.join(po, "POTFILES.in"))

    missing = [f for f in listed if not os.path.isfile(os.path.join(srcdir, f))]
    ok(not missing, "every file in POTFILES.in exists",
       "".join(f"{f}: no such file\n" for f in missing))

    marked = []
    for top in ("app", "ui", "data"):
        for dirpath, _, names in os.walk(os.path.join(srcdir, top)):
            for name in names:
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, srcdir)
                if name.endswith(DATA_SUFFIXES):
                    marked.append(rel)
                elif name.endswith((".c", ".ui")):
                    with open(path, encoding="utf-8") as f:
                        if MARKED.search(f.read()):
                            marked.append(rel)
    unlisted = sorted(set(marked) - set(listed))
    ok(not unlisted, "POTFILES.in lists every file with translatable strings",
       "".join(f"{f}: not in po/POTFILES.in\n" for f in unlisted))

    linguas = set(read_list(os.path.join(po, "LINGUAS")))
    po_files = {n[:-3] for n in os.listdir(po) if n.endswith(".po")}
    ok(linguas == po_files, "LINGUAS names every .po file and no other",
       f"LINGUAS: {sorted(linguas)}\n.po files: {sorted(po_files)}")

    # Same messages both ways; locations and comments may differ.
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh.pot")
        result = run(["xgettext", *XGETTEXT_ARGS, "--directory", srcdir,
                      "--files-from", os.path.join(po, "POTFILES.in"), "--output", fresh])
        ok(result.returncode == 0 and "warning" not in result.stderr,
           "xgettext reads every file without a warning", result.stderr)
        committed = os.path.join(po, "duty-split.pot")
        added = run(["msgcmp", "--use-untranslated", committed, fresh])
        removed = run(["msgcmp", "--use-untranslated", fresh, committed])
        ok(added.returncode == 0 and removed.returncode == 0,
           "po/duty-split.pot is up to date (ninja -C build duty-split-pot)",
           added.stderr + removed.stderr)


def check_complete(srcdir, lang):
    po = os.path.join(srcdir, "po")
    po_file = os.path.join(po, lang + ".po")

    stats = run(["msgfmt", "--check", "--check-format", "--check-accelerators=_",
                 "--statistics", "-o", os.devnull, po_file])
    ok(stats.returncode == 0 and not re.search(r"fuzzy|untranslated", stats.stderr),
       f"{lang}.po: every message translated, none fuzzy, formats and mnemonics kept",
       stats.stderr)

    cmp = run(["msgcmp", po_file, os.path.join(po, "duty-split.pot")])
    ok(cmp.returncode == 0, f"{lang}.po translates every message of the template", cmp.stderr)


def german_locale(tmp):
    """The environment that selects a German UTF-8 locale, and why not if none.

    gettext ignores LANGUAGE in the C locale, and glibc treats C.UTF-8 the
    same way since 2.39 (sourceware bug 16621; Debian 12's 2.36 still read
    LANGUAGE there). So the program has to run in a real locale: one the
    system has, or else de_DE.UTF-8 made here from the system's locale
    sources (Debian's locales package) into LOCPATH, which needs no root.
    """
    listed = run(["locale", "-a"]).stdout.split() if shutil.which("locale") else []
    for name in listed:
        if name.lower() in ("de_de.utf8", "de_de.utf-8"):
            return {"LC_ALL": name}, None

    localedef = shutil.which("localedef")
    if localedef is None:
        return None, "no de_DE.UTF-8 locale and no localedef to make one"
    made = os.path.join(tmp, "de_DE.UTF-8")
    # Exit status 1 is warnings only: the locale is written all the same.
    result = run([localedef, "--quiet", "-i", "de_DE", "-f", "UTF-8", made])
    if result.returncode not in (0, 1) or not os.path.isfile(os.path.join(made, "LC_MESSAGES", "SYS_LC_MESSAGES")):
        return None, ("no de_DE.UTF-8 locale, and localedef cannot make one "
                      f"(install Debian's locales package): {result.stderr.strip()}")
    return {"LC_ALL": "de_DE.UTF-8", "LOCPATH": tmp}, None


def check_runtime(srcdir):
    program = os.environ["DUTY_SPLIT"]
    base = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES", "LOCPATH")}
    base.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", DUTY_SPLIT_LOCALEDIR=os.environ["DUTY_SPLIT_LOCALEDIR"])
    names = ["--help is German in a German locale",
             "LANGUAGE=en wins over the German locale",
             "command line errors are German",
             "a Markdown export is German"]

    result = run([program, "--help"], env=base)
    ok("Print the version and exit" in result.stdout, "--help is English in C.UTF-8",
       result.stdout + result.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        german, reason = german_locale(tmp)
        if german is None:
            for name in names:
                skip(name, reason)
            return
        env = dict(base, **german)

        result = run([program, "--help"], env=env)
        ok(result.returncode == 0 and "Version ausgeben und beenden" in result.stdout,
           names[0], result.stdout + result.stderr)

        # What a desktop does for a user who reads English on a German
        # system: LANGUAGE comes before LC_ALL.
        result = run([program, "--help"], env=dict(env, LANGUAGE="en"))
        ok(result.returncode == 0 and "Print the version and exit" in result.stdout,
           names[1], result.stdout + result.stderr)

        result = run([program, "--format", "md"], env=env)
        ok(result.returncode != 0 and "gehören zu --export DATEI" in result.stderr,
           names[2], result.stderr)

        out = os.path.join(tmp, "out.md")
        result = run([program, "--export", out, "--services", "s3"], env=env)
        text = open(out, encoding="utf-8").read() if result.returncode == 0 else ""
        ok(re.search(r"^0 von \d+ erledigt · am \d{4}-\d\d-\d\d aus Duty Split exportiert", text, re.M)
           and "Regionen: noch nicht gewählt" in text and "## Jeder AWS-Kunde" in text,
           names[3], result.stderr + text[:400])


def main():
    command, srcdir = sys.argv[1], sys.argv[2]
    if command == "potfiles":
        check_potfiles(srcdir)
    elif command == "complete":
        check_complete(srcdir, sys.argv[3])
    elif command == "runtime":
        check_runtime(srcdir)
    else:
        sys.exit(f"unknown command {command}")
    print(f"1..{n_tests}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
