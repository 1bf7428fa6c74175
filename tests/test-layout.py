#!/usr/bin/env python3
# test-layout.py — promises about the build and the docs that a person would notice:
# styre-cli runs where GTK is not installed, and the README documents every table.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import subprocess
import unittest

SRC = os.environ["STYRE_SOURCE_ROOT"]
CLI = os.environ["STYRE_CLI"]


class Layout(unittest.TestCase):
    def test_cli_does_not_link_gtk(self):
        out = subprocess.run(["readelf", "-d", CLI], capture_output=True, text=True,
                             check=True).stdout
        needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)
        self.assertTrue(any("sqlite3" in n for n in needed), needed)
        for lib in needed:
            self.assertNotRegex(lib, r"gtk|adwaita|gdk", f"styre-cli needs {lib}")

    def test_readme_documents_every_table(self):
        with open(os.path.join(SRC, "src/core/styre-schema-v1.sql"), encoding="utf-8") as f:
            tables = re.findall(r"CREATE TABLE (\w+) \(", f.read())
        with open(os.path.join(SRC, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        self.assertGreater(len(tables), 40)
        missing = [t for t in tables if f"| `{t}` |" not in readme]
        self.assertEqual(missing, [], "tables the README does not document")


if __name__ == "__main__":
    unittest.main(verbosity=2)
