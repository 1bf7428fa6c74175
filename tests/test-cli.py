#!/usr/bin/env python3
# test-cli.py — styre-cli as a script or a person uses it: results on stdout, reasons on
# stderr, exit 0 / 1 (failed) / 2 (bad usage), never a crash.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import os
import shutil
import sqlite3
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
        for command in ("new", "demo", "check", "info", "bench", "snapshot", "snapshots",
                        "restore"):
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
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.splitlines()[0], "ok")
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



def utc(minutes_ago=0):
    t = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=minutes_ago)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def add_session(path, name, host, minutes_ago=0, editing=""):
    """What another Styre that has the file open writes (STORAGE.md rule 8)."""
    db = sqlite3.connect(path)
    db.execute("INSERT INTO session (user_name, display_name, host, pid, started_at, heartbeat, "
               "heartbeat_at, editing) VALUES (?, ?, ?, 4242, ?, 3, ?, ?)",
               (name.split()[0].lower(), name, host, utc(minutes_ago + 30), utc(minutes_ago),
                editing))
    db.commit()
    db.close()


def add_focus_area(path, name):
    db = sqlite3.connect(path)
    db.execute("INSERT INTO focus_area (name, updated_at, updated_by) VALUES (?, ?, 'test')",
               (name, utc()))
    db.commit()
    db.close()


def count(path, table):
    db = sqlite3.connect(path)
    n = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    db.close()
    return n


def field(stdout, label):
    for line in stdout.splitlines():
        if line.startswith(label + " "):
            return line[len(label):].strip()
    return None


class Sharing(unittest.TestCase):
    """check reports where the file is, what that allows, who is in it, the last snapshot;
    snapshot, snapshots and restore follow the same rules as the app."""

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="styre-cli-share-")
        self.file = os.path.join(self.dir, "ledergruppen.styre")
        self.assertEqual(run("new", self.file, "--organisation", "Fjordvik kommune").returncode, 0)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_check_reports_location_presence_and_snapshot(self):
        p = run("check", self.file)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.splitlines()[0], "ok")
        self.assertRegex(field(p.stdout, "Location"), r"^local — ")
        self.assertRegex(field(p.stdout, "Mode"), r"^shared — ")
        self.assertEqual(field(p.stdout, "Open by"), "nobody else")
        self.assertEqual(field(p.stdout, "Latest snapshot"), "none yet")

        add_session(self.file, "Kari Nordmann", "ws-17", editing="DF-01 Digital byggesøknad")
        add_session(self.file, "Per Hansen", "ws-30", minutes_ago=10)   # gone: no heartbeat
        self.assertEqual(run("snapshot", self.file).returncode, 0)
        p = run("check", self.file)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertRegex(field(p.stdout, "Open by"),
                         r"^Kari Nordmann on ws-17 since .*editing “DF-01 Digital byggesøknad”")
        self.assertNotIn("Per Hansen", p.stdout)
        self.assertRegex(field(p.stdout, "Latest snapshot"), r"Taken by hand, by ")

    def test_check_in_sync_folder(self):
        os.mkdir(os.path.join(self.dir, ".stfolder"))
        p = run("check", self.file)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertRegex(field(p.stdout, "Location"), r"^sync-folder — .*Syncthing")
        self.assertRegex(field(p.stdout, "Mode"), r"^single-editor — ")
        with open(os.path.join(self.dir, ".~lock.ledergruppen.styre#"), "w") as f:
            f.write(f"[Styre]\nName=Kari Nordmann\nUser=kari\nHost=ws-17\nPid=4242\n"
                    f"Since={utc(20)}\nHeartbeat={utc()}\nHeartbeatSeconds=60\n")
        p = run("check", self.file)
        self.assertRegex(field(p.stdout, "Editor"), r"^Kari Nordmann on ws-17, editing since ")
        # The file is hers: the tool does not write to it either.
        p = run("restore", self.file, "latest")
        self.assertEqual(p.returncode, 1)
        self.assertIn("Kari Nordmann has this file open for editing", p.stderr)

    def test_snapshot_list_restore(self):
        add_focus_area(self.file, "Sammenhengende tjenester")
        p = run("snapshot", self.file)
        self.assertEqual(p.returncode, 0, p.stderr)
        snapshot = p.stdout.strip()
        self.assertTrue(os.path.isfile(snapshot), snapshot)
        self.assertIn("/.styre-snapshots/ledergruppen-", snapshot)
        add_focus_area(self.file, "Datadrevet forvaltning")

        p = run("snapshots", self.file)
        self.assertEqual(p.returncode, 0, p.stderr)
        rows = [line.split("\t") for line in p.stdout.splitlines()]
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0][1], "Taken by hand")
        self.assertEqual(rows[0][4], os.path.basename(snapshot))

        p = run("restore", self.file, "ingen-slik.styre")
        self.assertEqual(p.returncode, 1)
        self.assertIn("no snapshot", p.stderr)

        # Someone else has the file open: nothing is restored.
        add_session(self.file, "Ola Nordmann", "ws-22")
        p = run("restore", self.file, os.path.basename(snapshot))
        self.assertEqual(p.returncode, 1)
        self.assertIn("Ola Nordmann has it open", p.stderr)
        self.assertEqual(count(self.file, "focus_area"), 2)

        db = sqlite3.connect(self.file)
        db.execute("DELETE FROM session")
        db.commit()
        db.close()
        p = run("restore", self.file, "latest")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("Restored", p.stdout)
        self.assertEqual(count(self.file, "focus_area"), 1)
        self.assertEqual(run("check", self.file).returncode, 0)
        p = run("snapshots", self.file)
        self.assertEqual(len(p.stdout.splitlines()), 2)
        self.assertIn("Before a restore", p.stdout)

        self.assertEqual(run("restore", self.file).returncode, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
