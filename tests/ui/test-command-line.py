#!/usr/bin/env python3
# test-command-line.py — `styre` as benchmarks and people start it (runs under Xvfb):
# --demo makes the demo the first time, --exit-after-first-frame prints the time to the
# first frame with data and quits, FILE and --view work with it, a bad --view is refused.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
import unittest

STYRE = os.environ.get("STYRE_APP", "styre")
FIRST_FRAME = re.compile(r"^first frame: [0-9]+\.[0-9] ms$", re.MULTILINE)


class CommandLine(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="styre-app-")
        self.env = dict(os.environ)
        # The demo and the recent files go here, not into the home folder.
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            self.env[var] = self.dir

    def tearDown(self):
        shutil.rmtree(self.dir)

    def run_styre(self, *args):
        p = subprocess.run([STYRE, *args], capture_output=True, text=True, timeout=120,
                           env=self.env)
        self.assertGreaterEqual(p.returncode, 0, f"styre {args} crashed\n{p.stderr}")
        return p

    def test_demo_first_frame(self):
        demo = os.path.join(self.dir, "styre", "demo.styre")
        p = self.run_styre("--demo", "--exit-after-first-frame")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertRegex(p.stdout, FIRST_FRAME)
        self.assertTrue(os.path.isfile(demo), "the demo was not made")

        # Again, now that the demo exists, with a file and a view.
        p = self.run_styre("--exit-after-first-frame", "--view", "portfolio", demo)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertRegex(p.stdout, FIRST_FRAME)
        self.assertEqual(len(FIRST_FRAME.findall(p.stdout)), 1, "printed more than once")

    def test_project_starts(self):
        # `--project ID` opens the meeting and starts projector mode; quitting at once
        # (before or after the meeting is read) leaves cleanly.
        p = self.run_styre("--demo", "--project", "8", "--exit-after-first-frame")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertRegex(p.stdout, FIRST_FRAME)
        self.assertNotIn("CRITICAL", p.stderr)
        p = self.run_styre("--help")
        self.assertIn("--project", p.stdout)

    def sessions(self, path):
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return db.execute("SELECT count(*) FROM session").fetchone()[0]
        finally:
            db.close()

    def test_quitting_leaves_the_file(self):
        # Others see who has the file open; a Styre that quits (or is told to by logging
        # out: SIGTERM) takes itself off at once, not three heartbeats later.
        demo = os.path.join(self.dir, "styre", "demo.styre")
        p = self.run_styre("--demo", "--exit-after-first-frame")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(self.sessions(demo), 0, "quitting left its session in the file")

        app = subprocess.Popen([STYRE, demo], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=self.env)
        try:
            deadline = time.monotonic() + 60
            while self.sessions(demo) == 0 and time.monotonic() < deadline:
                time.sleep(0.2)
            self.assertEqual(self.sessions(demo), 1, "the open file has no session")
            app.send_signal(signal.SIGTERM)
            self.assertEqual(app.wait(timeout=30), 0, app.stderr.read())
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
            app.stderr.close()
        self.assertEqual(self.sessions(demo), 0, "SIGTERM left the session in the file")

    def test_welcome_first_frame(self):
        p = self.run_styre("--exit-after-first-frame")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertRegex(p.stdout, FIRST_FRAME)

    def test_unknown_view(self):
        p = self.run_styre("--exit-after-first-frame", "--view", "calendar")
        self.assertEqual(p.returncode, 1)
        self.assertIn("calendar", p.stderr)
        self.assertNotRegex(p.stdout, FIRST_FRAME)

    def test_version(self):
        p = self.run_styre("--version")
        self.assertEqual(p.returncode, 0)
        self.assertTrue(p.stdout.startswith("styre "), p.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
