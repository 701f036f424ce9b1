#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# flatpak-manifest.py MANIFEST
#
# Checks the Flatpak manifest: it parses, builds this repository with meson
# and runs its tests, and asks for no more than a window and the GPU. Files
# reach the app through the portals, so no file-system or network access.
import json
import sys

ALLOWED = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}

with open(sys.argv[1], encoding="utf-8") as f:
    manifest = json.load(f)

problems = []
if manifest.get("id") != "io.github.dutysplit.DutySplit":
    problems.append(f"id is {manifest.get('id')!r}")
if manifest.get("command") != "duty-split":
    problems.append(f"command is {manifest.get('command')!r}")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    problems.append("not on the GNOME runtime and SDK")

args = manifest.get("finish-args", [])
if set(args) != ALLOWED or len(args) != len(ALLOWED):
    problems.append(f"finish-args are {args}, expected exactly {sorted(ALLOWED)}")

app = manifest.get("modules", [])[-1] if manifest.get("modules") else {}
if app.get("name") != "duty-split" or app.get("buildsystem") != "meson":
    problems.append("the last module does not build duty-split with meson")
if app.get("run-tests") is not True:
    problems.append("run-tests is not on")

if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print("manifest ok")
