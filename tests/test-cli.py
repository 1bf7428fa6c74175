#!/usr/bin/env python3
# test-cli.py — styre-cli as a script or a person uses it: results on stdout, reasons on
# stderr, exit 0 / 1 (failed) / 2 (bad usage), never a crash.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = os.environ.get("STYRE_CLI", "styre-cli")


def run(*args, env=None):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300, env=env)
    # A crash is a negative return code (killed by a signal).
    assert p.returncode >= 0, f"styre-cli {args} crashed: {p.returncode}\n{p.stderr}"
    return p


class Cli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="styre-cli-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_help_and_version(self):
        p = run("--help")
        self.assertEqual(p.returncode, 0)
        for command in ("new", "demo", "check", "info", "bench"):
            self.assertIn(command, p.stdout)
        p = run("--version")
        self.assertEqual(p.returncode, 0)
        self.assertRegex(p.stdout, r"^styre-cli \d+\.\d+\.\d+")

    def test_bad_usage(self):
        self.assertEqual(run().returncode, 2)
        p = run("fly")
        self.assertEqual(p.returncode, 2)
        self.assertIn("fly", p.stderr)
        p = run("check")
        self.assertEqual(p.returncode, 2)
        self.assertIn("missing", p.stderr)
        p = run("check", "a.styre", "b.styre")
        self.assertEqual(p.returncode, 2)
        p = run("new", "--no-such-option", self.path("x.styre"))
        self.assertEqual(p.returncode, 2)

    def test_new_check_info(self):
        f = self.path("ny.styre")
        p = run("new", f, "--organisation", "Lågdal kommune")
        self.assertEqual(p.returncode, 0, p.stderr)
        p = run("check", f)
        self.assertEqual((p.returncode, p.stdout), (0, "ok\n"), p.stderr)
        p = run("info", f)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("Lågdal kommune", p.stdout)
        for table in ("initiative", "status_report", "agenda_item", "audit_log"):
            self.assertRegex(p.stdout, rf"\n{table} +\d+\n")
        # new never overwrites
        p = run("new", f)
        self.assertEqual(p.returncode, 1)
        self.assertIn("already exists", p.stderr)

    def test_check_explains_bad_files(self):
        missing = self.path("finnes-ikke.styre")
        p = run("check", missing)
        self.assertEqual(p.returncode, 1)
        self.assertIn("does not exist", p.stderr)

        text = self.path("notat.styre")
        with open(text, "w") as fh:
            fh.write("Referat fra ledermøtet\n" * 20)
        p = run("check", text)
        self.assertEqual(p.returncode, 1)
        self.assertIn("not a Styre file", p.stderr)

        f = self.path("skadet.styre")
        self.assertEqual(run("new", f).returncode, 0)
        with open(f, "r+b") as fh:
            size = fh.seek(0, 2)
            fh.truncate(size // 2)
        p = run("check", f)
        self.assertEqual(p.returncode, 1)
        self.assertIn("damaged", p.stderr)

    def test_bench(self):
        f = self.path("bench.styre")
        self.assertEqual(run("new", f).returncode, 0)
        p = run("bench", f, "--runs", "3")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("median", p.stdout)
        self.assertIn("initiative list", p.stdout)
        p = run("bench", f, "--runs", "0")
        self.assertEqual(p.returncode, 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
