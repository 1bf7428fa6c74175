#!/usr/bin/env python3
# test-cli.py — styre-cli as a script or a person uses it: results on stdout, reasons on
# stderr, exit 0 / 1 (failed) / 2 (bad usage), never a crash.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest
import zipfile

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
        for command in ("new", "demo", "check", "info", "bench", "charts", "chart", "dashboard",
                        "import", "export", "meetings", "notice", "minutes", "boardpack",
                        "ics", "followup", "snapshot", "snapshots", "restore"):
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

    def demo(self):
        f = self.path("demo.styre")
        p = run("demo", f, "--today", "2026-11-27")
        self.assertEqual(p.returncode, 0, p.stderr)
        return f

    def test_meeting_documents(self):
        f = self.demo()
        p = run("meetings", f)
        self.assertEqual(p.returncode, 0, p.stderr)
        lines = p.stdout.splitlines()
        self.assertEqual(len(lines), 10)          # heading and nine meetings
        held = [l.split()[0] for l in lines[1:] if l.rstrip().endswith("Held")]
        self.assertEqual(len(held), 1)
        meeting = held[0]

        for command, extra in (("notice", []), ("notice", ["--public"]),
                               ("notice", ["--with-cases"]), ("minutes", []),
                               ("minutes", ["--public"]), ("boardpack", [])):
            out = self.path(f"{command}{''.join(extra)}.pdf")
            p = run(command, f, meeting, out, *extra)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertRegex(p.stdout, r"^Wrote .*\(\d+ pages?\)")
            with open(out, "rb") as fh:
                self.assertEqual(fh.read(5), b"%PDF-")

        out = self.path("meeting.ics")
        p = run("ics", f, meeting, out)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(out, encoding="utf-8", newline="") as fh:
            ics = fh.read()
        self.assertTrue(ics.startswith("BEGIN:VCALENDAR\r\n"))
        self.assertIn("METHOD:PUBLISH\r\n", ics)
        self.assertIn("TZID:Europe/Oslo", ics)

        # Every export is in the audit log.
        db = sqlite3.connect(f"file:{f}?mode=ro", uri=True)
        exports = db.execute("SELECT count(*) FROM audit_log WHERE action = 'export'").fetchone()[0]
        db.close()
        self.assertEqual(exports, 7)

    def test_public_notice_leaves_out_exempt_items(self):
        if shutil.which("pdftotext") is None:
            self.skipTest("pdftotext is not installed")
        f = self.demo()
        db = sqlite3.connect(f"file:{f}?mode=ro", uri=True)
        meeting, title, basis = db.execute(
            "SELECT meeting_id, title, legal_basis FROM agenda_item "
            "WHERE confidentiality = 'exempt' ORDER BY meeting_id DESC LIMIT 1").fetchone()
        db.close()
        texts = {}
        for version in ("internal", "public"):
            out = self.path(f"notice-{version}.pdf")
            args = ["notice", f, str(meeting), out, "--with-cases"]
            if version == "public":
                args.append("--public")
            self.assertEqual(run(*args).returncode, 0)
            texts[version] = subprocess.run(["pdftotext", "-enc", "UTF-8", out, "-"],
                                            capture_output=True, text=True).stdout
        # Titles may wrap; compare the first words.
        words = " ".join(title.split()[:2])
        self.assertIn(words, " ".join(texts["internal"].split()))
        self.assertNotIn(words, " ".join(texts["public"].split()))
        self.assertIn(basis, " ".join(texts["public"].split()))
        self.assertIn("Exempt from public access", texts["public"])

    def test_followup_exports(self):
        f = self.demo()
        for ext in ("csv", "xlsx", "pdf"):
            out = self.path(f"oppfølging.{ext}")
            p = run("followup", f, out, "--all")
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertRegex(p.stdout, r"\(\d+ actions\)")
        with open(self.path("oppfølging.csv"), "rb") as fh:
            data = fh.read()
        self.assertTrue(data.startswith(b"\xef\xbb\xbf"))     # UTF-8 with a BOM
        text = data.decode("utf-8-sig")
        rows = text.split("\r\n")
        self.assertEqual(rows[0].count(";"), 9)
        self.assertRegex(rows[1], r";\d\d\.\d\d\.\d{4};")   # dates as Excel reads them
        with zipfile.ZipFile(self.path("oppfølging.xlsx")) as z:
            self.assertIn("xl/worksheets/sheet1.xml", z.namelist())

    def test_meeting_commands_explain_bad_input(self):
        f = self.demo()
        p = run("notice", f, "999", self.path("x.pdf"))
        self.assertEqual(p.returncode, 1)
        self.assertIn("no meeting", p.stderr)
        p = run("minutes", f, "sju", self.path("x.pdf"))
        self.assertEqual(p.returncode, 1)
        self.assertIn("not a meeting number", p.stderr)
        p = run("ics", f, "1")
        self.assertEqual(p.returncode, 2)
        p = run("followup", f, self.path("liste.docx"))
        self.assertEqual(p.returncode, 2)
        self.assertIn(".xlsx", p.stderr)
        p = run("notice", f, "1", os.path.join(self.dir, "finnes-ikke", "x.pdf"))
        self.assertEqual(p.returncode, 1)
        self.assertNotEqual(p.stderr, "")
        p = run("boardpack", f, "1", self.path("x.pdf"), "--public")
        self.assertEqual(p.returncode, 2)

    def test_bench(self):
        f = self.path("bench.styre")
        self.assertEqual(run("new", f).returncode, 0)
        p = run("bench", f, "--runs", "3")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("median", p.stdout)
        self.assertIn("initiative list", p.stdout)
        self.assertIn("filter over all initiatives", p.stdout)
        p = run("bench", f, "--runs", "0")
        self.assertEqual(p.returncode, 1)

    def test_import_export(self):
        f = self.path("p.styre")
        self.assertEqual(run("new", f, "--organisation", "Fjordvik kommune").returncode, 0)
        sheet = self.path("tiltak.csv")
        with open(sheet, "w", encoding="cp1252", newline="") as fh:
            fh.write("Kode;Tiltak;Fase;Virksomhet;Budsjett 2026\r\n"
                     "DF-1;Økonomisystem;Gjennomføring;Fjordvik kommune;1 200 000\r\n")
        p = run("import", f, sheet, "--dry-run")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("+ DF-1 Økonomisystem", p.stdout)
        self.assertIn("Windows-1252", p.stdout)
        p = run("import", f, sheet)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("1 created", p.stdout)

        out = self.path("ut.csv")
        p = run("export", f, "initiatives", out)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(out, "rb") as fh:
            data = fh.read()
        self.assertTrue(data.startswith(b"\xef\xbb\xbfCode;"))
        self.assertIn("DF-1;Økonomisystem;".encode(), data)
        self.assertIn(b";1200000;", data)
        xlsx = self.path("ut.xlsx")
        for what in ("initiatives", "status", "actions"):
            p = run("export", f, what, xlsx)
            self.assertEqual(p.returncode, 0, p.stderr)
            with open(xlsx, "rb") as fh:
                self.assertEqual(fh.read(2), b"PK")
        self.assertEqual(run("export", f, "meetings", out).returncode, 2)

    def test_import_refuses_with_lines(self):
        f = self.path("p.styre")
        self.assertEqual(run("new", f).returncode, 0)
        with open(f, "rb") as fh:
            before = fh.read()
        sheet = self.path("feil.csv")
        with open(sheet, "w", encoding="utf-8") as fh:
            fh.write("Kode;Tiltak;Startdato\nA;;01.01.2026\nB;Ok;32.01.2026\n")
        p = run("import", f, sheet)
        self.assertEqual(p.returncode, 1)
        self.assertIn('line 2: column "Tiltak": the initiative has no title', p.stderr)
        self.assertIn('line 3: column "Startdato": “32.01.2026” is not a date', p.stderr)
        with open(f, "rb") as fh:
            self.assertEqual(fh.read(), before)
        self.assertEqual(run("import", f).returncode, 2)
        p = run("import", f, self.path("finnes-ikke.csv"))
        self.assertEqual(p.returncode, 1)


class Charts(unittest.TestCase):
    """Charts and dashboards from a script: the secretariat's board pack, a PNG for a mail."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="styre-cli-charts-")
        cls.demo = os.path.join(cls.dir, "demo.styre")
        p = run("demo", cls.demo, "--today", "2026-11-27")
        assert p.returncode == 0, p.stderr

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_charts_lists_every_chart(self):
        p = run("charts")
        self.assertEqual(p.returncode, 0, p.stderr)
        ids = [line.split()[0] for line in p.stdout.splitlines()]
        self.assertEqual(ids, ["kpi", "rag-heatmap", "value-risk", "money", "five-percent",
                               "status-trend", "roadmap", "phase-funnel", "benefits",
                               "competence", "focus-areas", "cross-agency", "follow-up-ageing",
                               "since-last-meeting"])

    def test_chart_png_svg_pdf(self):
        png = self.path("varmekart.png")
        p = run("chart", self.demo, "rag-heatmap", png, "--size", "1024x768")
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(png, "rb") as f:
            head = f.read(24)
        self.assertEqual(head[:8], b"\x89PNG\r\n\x1a\n")
        self.assertEqual(int.from_bytes(head[16:20], "big"), 1024)
        self.assertEqual(int.from_bytes(head[20:24], "big"), 768)

        svg = self.path("trend.svg")
        p = run("chart", self.demo, "status-trend", svg, "--dark")
        self.assertEqual(p.returncode, 0, p.stderr)
        import xml.etree.ElementTree as ET
        root = ET.parse(svg).getroot()
        self.assertTrue(root.tag.endswith("svg"))

        pdf = self.path("veikart.pdf")
        p = run("chart", self.demo, "roadmap", pdf, "--as-of", "2026-03-01")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertGreaterEqual(pdf_pages(pdf), 2)

    def test_chart_filters_and_words(self):
        p = run("chart", self.demo, "rag-heatmap", self.path("x.png"), "--describe",
                "--focus-area", "sammenhengende tjenester", "--agency", "FJK")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("initiatives in the portfolio", p.stdout)
        # the table follows the words: a heading line, then rows
        lines = p.stdout.strip().splitlines()
        self.assertTrue(any(line.startswith("Code\tInitiative\tOverall") for line in lines))

    def test_chart_bad_input(self):
        p = run("chart", self.demo, "pie", self.path("x.png"))
        self.assertEqual(p.returncode, 2)
        self.assertIn("pie", p.stderr)
        self.assertIn("rag-heatmap", p.stderr)
        p = run("chart", self.demo, "kpi", self.path("x.gif"))
        self.assertEqual(p.returncode, 1)
        self.assertIn(".png", p.stderr)
        p = run("chart", self.demo, "kpi", self.path("x.png"), "--focus-area", "Finnes ikke")
        self.assertEqual(p.returncode, 1)
        self.assertIn("Finnes ikke", p.stderr)
        p = run("chart", self.demo, "kpi", self.path("x.png"), "--as-of", "31.02.2026")
        self.assertEqual(p.returncode, 1)
        p = run("chart", self.demo, "kpi", self.path("x.png"), "--size", "12")
        self.assertEqual(p.returncode, 1)
        self.assertIn("1920x1080", p.stderr)
        p = run("chart", self.demo, "kpi", os.path.join(self.dir, "nei", "x.png"))
        self.assertEqual(p.returncode, 1)
        self.assertIn("could not be written", p.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "nei")))

    def test_dashboard_pdf(self):
        pdf = self.path("ledermote.pdf")
        p = run("dashboard", self.demo, pdf, "--layout", "Ledermøte", "--as-of", "2026-09-01")
        self.assertEqual(p.returncode, 0, p.stderr)
        # a first page, then at least one per card (eight cards)
        self.assertGreaterEqual(pdf_pages(pdf), 9)
        p = run("dashboard", self.demo, self.path("x.pdf"), "--layout", "Finnes ikke")
        self.assertEqual(p.returncode, 1)
        self.assertIn("Finnes ikke", p.stderr)
        p = run("dashboard", self.demo, self.path("x.png"))
        self.assertEqual(p.returncode, 1)


def pdf_pages(path):
    """Pages of a PDF: from pdfinfo where installed, else counted in the file."""
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    with open(path, "rb") as f:
        data = f.read()
    return len(re.findall(rb"/Type /Page(?!s)", data))



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
