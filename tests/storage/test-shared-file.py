#!/usr/bin/env python3
# test-shared-file.py — several Styre processes in one file (STORAGE.md tests 1, 3, 10, 11)
#
# Each process is tests/storage/styre-test-writer, a Styre that saves the way the app does.
# Every test has its control, run the same way, that must fail the promise:
#
#   compare-and-swap   8 writers × 60 s on hot and random rows: no acknowledged update is
#                      lost, counter = audit rows; the control without the version check
#                      loses updates
#   kill -9            writers killed at random moments, 200 rounds: every acknowledged
#                      commit is there, change, audit row and counter together, integrity ok
#   latency            a second process's commit is seen by the first within 3 s (p95 of 50)
#   presence           a killed Styre is gone within three heartbeats; heartbeats alone make
#                      nothing read again; a living Styre stays
#
# The durations are for CI. A soak runs them longer:
#   STYRE_SOAK=1 meson test -C _build test-shared-file --timeout-multiplier 0
# (8 writers × 10 min, 2 000 kill rounds, 500 latency trials), or set STYRE_CAS_SECONDS,
# STYRE_KILL_ROUNDS and STYRE_LATENCY_TRIALS one by one.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import queue
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unittest

WRITER = os.environ["STYRE_TEST_WRITER"]
CLI = os.environ["STYRE_CLI"]
SOAK = os.environ.get("STYRE_SOAK") == "1"
CAS_SECONDS = float(os.environ.get("STYRE_CAS_SECONDS", 600 if SOAK else 60))
CONTROL_SECONDS = float(os.environ.get("STYRE_CONTROL_SECONDS", 10))
KILL_ROUNDS = int(os.environ.get("STYRE_KILL_ROUNDS", 2000 if SOAK else 200))
LATENCY_TRIALS = int(os.environ.get("STYRE_LATENCY_TRIALS", 500 if SOAK else 50))
ROWS = 50


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def now_us():
    # CLOCK_MONOTONIC, the clock g_get_monotonic_time() reads in the writers.
    return time.monotonic_ns() // 1000


class Reader(threading.Thread):
    """Reads a process's lines as they come, into a queue."""

    def __init__(self, proc):
        super().__init__(daemon=True)
        self.proc = proc
        self.lines = queue.Queue()
        self.start()

    def run(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, prefix, timeout):
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no line “{prefix}…” within {timeout} s")
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            if line.startswith(prefix):
                return line


def start(*args, out=None, env=None, stdin=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.Popen([WRITER, *args], stdout=out or subprocess.PIPE, stdin=stdin,
                            stderr=subprocess.PIPE if out is None else subprocess.STDOUT,
                            text=True, env=e)


def stop(*procs):
    for p in procs:
        p.kill()
        p.wait()
        for f in (p.stdin, p.stdout, p.stderr):
            if f is not None:
                f.close()


def setup_file(directory, rows=ROWS):
    path = os.path.join(directory, "ledergruppen.styre")
    p = subprocess.run([WRITER, "setup", path, str(rows)], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return path


def read_state(path):
    """The file as a fresh connection sees it; a hot journal is rolled back first."""
    db = sqlite3.connect(path, timeout=30)
    values = dict(db.execute("SELECT id, approved FROM budget_line"))
    audit = db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'budget_line' "
                       "AND action = 'update'").fetchone()[0]
    counter = int(db.execute("SELECT value FROM meta WHERE key = 'change_counter'").fetchone()[0])
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()
    return values, audit, counter, integrity


def parse_acks(text):
    acks = []
    for line in text.splitlines():
        if line.startswith("ack "):
            _, row, value = line.split()
            acks.append((int(row), int(value)))
    return acks


def styre_check(path):
    p = subprocess.run([CLI, "check", path], capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


class SharedFile(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="styre-shared-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    # ── test 1 ───────────────────────────────────────────────────────────────────────

    def run_writers(self, path, seconds, extra):
        outs = []
        procs = []
        for i in range(8):
            out = open(os.path.join(self.dir, f"writer-{i}.log"), "w+")
            outs.append(out)
            procs.append(start("cas", path, "--seconds", str(seconds), "--seed", str(100 + i),
                               "--rows", f"1-{ROWS}", "--hot", "1-2", *extra, out=out))
        for p, out in zip(procs, outs):
            if p.wait(timeout=seconds + 120) != 0:
                out.seek(0)
                self.fail("a writer failed: " + out.read()[-2000:])
        acks = []
        conflicts = 0
        for out in outs:
            out.seek(0)
            text = out.read()
            out.close()
            acks += parse_acks(text)
            for line in text.splitlines():
                if line.startswith("done "):
                    conflicts += int(line.split()[2])
        return acks, conflicts

    def test_compare_and_swap(self):
        path = setup_file(self.dir)
        _, audit0, counter0, _ = read_state(path)
        acks, conflicts = self.run_writers(path, CAS_SECONDS, [])
        values, audit, counter, integrity = read_state(path)
        saved = sum(values.values())
        log(f"compare-and-swap: 8 writers × {CAS_SECONDS:g} s: {len(acks)} acknowledged, "
            f"{saved} in the file, {conflicts} conflicts retried, {audit - audit0} audit rows, "
            f"counter +{counter - counter0}")
        self.assertGreater(len(acks), 100)
        self.assertGreater(conflicts, 0, "the hot rows never collided: the test proves nothing")
        self.assertEqual(saved, len(acks), "acknowledged updates were lost")
        self.assertEqual(audit - audit0, len(acks))
        self.assertEqual(counter - counter0, len(acks))
        self.assertEqual(integrity, "ok")
        # The last acknowledged value of each row is what it holds.
        last = {}
        for row, value in acks:
            last[row] = max(last.get(row, 0), value)
        for row, value in last.items():
            self.assertEqual(values[row], value)
        code, out = styre_check(path)
        self.assertEqual(code, 0, out)

        # Control: the same writers without the version check lose updates.
        control_dir = os.path.join(self.dir, "control")
        os.mkdir(control_dir)
        control = setup_file(control_dir)
        acks, _ = self.run_writers(control, CONTROL_SECONDS, ["--no-version-check"])
        values, _, _, integrity = read_state(control)
        lost = len(acks) - sum(values.values())
        log(f"control without the version check: {len(acks)} acknowledged, "
            f"{sum(values.values())} in the file, {lost} lost; integrity_check {integrity}")
        self.assertGreater(lost, 0)
        self.assertEqual(integrity, "ok")

    # ── test 3 ───────────────────────────────────────────────────────────────────────

    def test_kill_nine(self):
        path = setup_file(self.dir, rows=4)
        _, _, counter0, _ = read_state(path)
        last_ack = {1: 0, 2: 0, 3: 0, 4: 0}
        rng = random.Random(7)
        killed_mid_commit = 0
        started = time.monotonic()
        for round_ in range(KILL_ROUNDS):
            procs = []
            outs = []
            n = rng.randint(1, 4)
            for row in range(1, n + 1):
                out = open(os.path.join(self.dir, f"kill-{row}.log"), "w+")
                outs.append((row, out))
                procs.append(start("cas", path, "--seconds", "-1", "--row", str(row),
                                   "--seed", str(round_), out=out))
            time.sleep(rng.uniform(0.02, 0.3))
            for p in procs:
                p.send_signal(signal.SIGKILL)
            for p in procs:
                p.wait()
            for row, out in outs:
                out.seek(0)
                for r, value in parse_acks(out.read()):
                    self.assertEqual(r, row)
                    last_ack[row] = max(last_ack[row], value)
                out.close()

            values, audit, counter, integrity = read_state(path)
            for row in last_ack:
                # Every acknowledged commit is there; at most one more, committed just
                # before the kill and not yet acknowledged.
                self.assertIn(values[row], (last_ack[row], last_ack[row] + 1),
                              f"round {round_}: row {row} holds {values[row]}, "
                              f"acknowledged {last_ack[row]}")
                if values[row] == last_ack[row] + 1:
                    killed_mid_commit += 1
                    last_ack[row] = values[row]
            # The change, its audit row and the counter bump went together, or not at all.
            self.assertEqual(audit, sum(values.values()), f"round {round_}")
            self.assertEqual(counter - counter0, sum(values.values()), f"round {round_}")
            self.assertEqual(integrity, "ok", f"round {round_}")
            if round_ % 50 == 49:
                code, out = styre_check(path)
                self.assertEqual(code, 0, out)
        log(f"kill -9: {KILL_ROUNDS} rounds in {time.monotonic() - started:.0f} s, "
            f"{sum(last_ack.values())} commits, {killed_mid_commit} killed between commit and "
            f"acknowledgement, integrity ok every round")
        self.assertGreater(sum(last_ack.values()), KILL_ROUNDS)
        code, out = styre_check(path)
        self.assertEqual(code, 0, out)

    # ── test 10 ──────────────────────────────────────────────────────────────────────

    def test_change_seen_within_three_seconds(self):
        path = setup_file(self.dir)
        watcher = start("watch", path)
        committer = start("write-on-command", path, stdin=subprocess.PIPE)
        try:
            w = Reader(watcher)
            c = Reader(committer)
            ready = w.expect("ready", 30)
            self.assertEqual(ready, "ready 2000", "a local file is polled every 2 s")
            c.expect("ready", 30)
            time.sleep(0.5)
            rng = random.Random(11)
            latencies = []
            for _ in range(LATENCY_TRIALS):
                time.sleep(rng.uniform(0, 1.0))
                committer.stdin.write("go\n")
                committer.stdin.flush()
                committed = int(c.expect("committed ", 30).split()[1])
                line = w.expect("changed ", 10)
                seen, tables = int(line.split()[1]), line.split()[2]
                self.assertIn("focus_area", tables)
                latencies.append((seen - committed) / 1000)
            latencies.sort()
            p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
            log(f"latency over {len(latencies)} trials: median {statistics.median(latencies):.0f} "
                f"ms, p95 {p95:.0f} ms, max {latencies[-1]:.0f} ms (poll every 2 s)")
            self.assertLess(p95, 3000)
            self.assertGreaterEqual(latencies[0], 0)
        finally:
            stop(watcher, committer)

    # ── test 11 ──────────────────────────────────────────────────────────────────────

    def test_presence(self):
        path = setup_file(self.dir)
        beat = {"STYRE_HEARTBEAT_SECONDS": "1"}
        watcher = start("watch", path, "--interval", "200", env=beat)
        kari = start("join", path, "--name", "Kari Nordmann", env=beat)
        ola = start("join", path, "--name", "Ola Nordmann", env=beat)
        try:
            w = Reader(watcher)
            w.expect("ready", 30)
            deadline = time.monotonic() + 10
            while True:
                line = w.expect("presence ", max(0.1, deadline - time.monotonic()))
                if "Kari Nordmann" in line and "Ola Nordmann" in line:
                    break

            # Five seconds of heartbeats (five from each): nothing to read again.
            changed = []
            end = time.monotonic() + 5
            while time.monotonic() < end:
                try:
                    line = w.lines.get(timeout=0.1)
                except queue.Empty:
                    continue
                if line.startswith("changed "):
                    changed.append(line)
                self.assertFalse(line.startswith("presence ") and "Kari Nordmann" not in line,
                                 "a living session was dropped")
            self.assertEqual(changed, [], "heartbeats made the pages read again")

            kari.send_signal(signal.SIGKILL)
            kari.wait()
            killed = now_us()
            while True:
                line = w.expect("presence ", 10)
                if "Kari Nordmann" not in line:
                    break
            gone = (int(line.split()[1]) - killed) / 1e6
            log(f"presence: a killed Styre (heartbeat 1 s) was gone after {gone:.2f} s; "
                f"still here: {line.split(' ', 2)[2] if len(line.split()) > 2 else 'nobody'}")
            self.assertIn("Ola Nordmann", line, "the living Styre went too")
            self.assertLessEqual(gone, 3 + 0.2 + 0.8)
            self.assertGreaterEqual(gone, 1.5)
        finally:
            stop(watcher, kari, ola)


if __name__ == "__main__":
    unittest.main(verbosity=2)
