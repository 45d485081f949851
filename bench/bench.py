#!/usr/bin/env python3
"""migrate's benchmark suite: generates the workloads, runs them beside Maven's own floor, the raw database and the
peers (Flyway, Liquibase, Alembic), and prints a table of minimum and median wall-clock times.

Run it through bench/run (see bench/README.md). Everything it generates lives under bench/work (or --work).
"""
import argparse
import contextlib
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MIGRATE_VERSION = "0.1.0-SNAPSHOT"
FLYWAY_VERSION = "13.12.0"        # flyway-maven-plugin: the newest served whose dependencies resolve
LIQUIBASE_VERSION = "4.33.0"      # the last open-source Liquibase (5 is not)
SQLITE_JDBC = "3.51.3.0"          # the driver migrate ships
POSTGRES_JDBC = "42.7.14"
PYTHON = "/usr/bin/python3"       # Debian's Python, where python3-alembic installs
PG = dict(host="127.0.0.1", port="5432", user="postgres")

N_UPGRADE = 1000
N_STATUS = 5000
N_POSTGRES = 10000
N_TABLES = 300
N_ROWS = 1_000_000
N_HEAP = 10000

# ---------------------------------------------------------------------------------------------------------------
# output


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def load():
    return Path("/proc/loadavg").read_text().split()[:3]


class Results:
    def __init__(self):
        self.sections = []   # (title, load_before, load_after, rows, notes)
        self.targets = []    # (number, text, measured, limit, met)

    def section(self, title):
        s = dict(title=title, load_before=" ".join(load()), rows=[], notes=[])
        self.sections.append(s)
        return s

    def close(self, s):
        s["load_after"] = " ".join(load())

    def target(self, number, text, measured, limit, unit="s"):
        met = measured is not None and limit is not None and measured <= limit
        self.targets.append(dict(number=number, text=text, measured=measured, limit=limit, unit=unit, met=met))

    def markdown(self, machine, args):
        out = []
        out.append(f"Run: {machine['date']}, `bench/run {' '.join(args)}`".rstrip())
        out.append("")
        out.append(f"migrate measured: the plugin installed in ~/.m2 at {machine.get('installed', '?')}; the work tree "
                   f"was at {machine['commit']}.")
        out.append("")
        out.append(f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory']}, {machine['disk']}; "
                   f"{machine['os']}; {machine['java']}; {machine['maven']}; sqlite3 {machine['sqlite3']}; "
                   f"PostgreSQL {machine['postgres']}; {machine['alembic']}.")
        out.append("")
        for s in self.sections:
            out.append(f"### {s['title']}")
            out.append("")
            out.append(f"Load average (1, 5, 15 min) before: {s['load_before']}; after: {s.get('load_after', '?')}")
            out.append("")
            out.append("| what | runs | min | median | note |")
            out.append("|---|---:|---:|---:|---|")
            for r in s["rows"]:
                if r.get("failed"):
                    out.append(f"| {r['name']} | {r['runs']} | failed | | {r['note']} |")
                else:
                    out.append(f"| {r['name']} | {r['runs']} | {fmt(r['min'], r.get('unit', 's'))} | "
                               f"{fmt(r['median'], r.get('unit', 's'))} | {r['note']} |")
            out.append("")
            for n in s["notes"]:
                out.append(f"- {n}")
            if s["notes"]:
                out.append("")
        out.append("### Targets")
        out.append("")
        out.append("| # | target | measured | limit | met |")
        out.append("|---|---|---:|---:|---|")
        for t in self.targets:
            out.append(f"| {t['number']} | {t['text']} | {fmt(t['measured'], t['unit'])} | "
                       f"{fmt(t['limit'], t['unit'])} | {'yes' if t['met'] else '**no**'} |")
        out.append("")
        return "\n".join(out)


def fmt(v, unit="s"):
    if v is None:
        return "n/a"
    if unit == "s":
        return f"{v:.2f} s"
    if unit == "ms":
        return f"{v:.0f} ms"
    if unit == "MB":
        return f"{v:.0f} MB"
    return f"{v:.2f} {unit}"


# ---------------------------------------------------------------------------------------------------------------
# running and timing

class Failed(Exception):
    pass


def sh(cmd, cwd=None, env=None, check=True, capture=True, stdin=None, timeout=None):
    """Runs a command (list, or a string through bash); returns its stdout, raises Failed on a non-zero exit."""
    shell = isinstance(cmd, str)
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    with open(stdin, "rb") if stdin else contextlib.nullcontext(subprocess.DEVNULL) as fin:
        p = subprocess.run(cmd, cwd=cwd, env=full_env, shell=shell, executable="/bin/bash" if shell else None,
                           stdin=fin, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                           stderr=subprocess.STDOUT if capture else subprocess.DEVNULL, timeout=timeout)
    out = p.stdout.decode("utf-8", "replace") if capture else ""
    if check and p.returncode != 0:
        raise Failed(f"`{cmd if shell else ' '.join(map(str, cmd))}` exited {p.returncode}:\n{out[-4000:]}")
    return out


class Bench:
    def __init__(self, args):
        self.args = args
        self.runs = 1 if args.quick else args.runs
        self.work = Path(args.work).resolve()
        self.results = Results()
        self.offline = False
        self.profile_texts = []

    # Maven: every timed run is offline (-o), after an online warm-up that resolves what it needs, so that no run
    # waits on a remote repository's update check.
    def mvn(self, *goals):
        return ["mvn", "-B"] + (["-o"] if self.offline else []) + list(goals)

    def time(self, section, name, cmd, setup=None, cwd=None, env=None, note="", runs=None, warmup=True,
             stdin=None, parse=None, check_out=None):
        """Times cmd `runs` times (after one untimed warm-up run), each after an untimed setup(); adds a row."""
        runs = runs or self.runs
        samples = []
        log(f"  {name} ...")
        if self.args.profile and ("migrate" in name):
            self.profile_once(name, cmd, setup, cwd, env, stdin)
        try:
            for k in range(runs + (1 if warmup else 0)):
                if setup:
                    setup()
                t0 = time.perf_counter()
                out = sh(cmd, cwd=cwd, env=env, stdin=stdin)
                elapsed = time.perf_counter() - t0
                if check_out and not re.search(check_out, out):
                    raise Failed(f"{name}: output lacks /{check_out}/:\n{out[-3000:]}")
                if warmup and k == 0:
                    continue
                samples.append(parse(out) if parse else elapsed)
        except (Failed, subprocess.TimeoutExpired) as e:
            log(f"  {name} FAILED: {e}")
            section["rows"].append(dict(name=name, runs=runs, failed=True, note=(note + " " if note else "")
                                        + "failed: " + str(e).splitlines()[0][:150]))
            return None
        row = dict(name=name, runs=len(samples), min=min(samples), median=statistics.median(samples), note=note,
                   samples=samples)
        section["rows"].append(row)
        log(f"  {name}: min {row['min']:.2f} median {row['median']:.2f} ({', '.join(f'{x:.2f}' for x in samples)})")
        return row

    def interleave(self, section, specs):
        """Times several commands round-robin (A B C A B C ...), after one untimed warm-up run of each, so that a
        change in the machine's speed (disk sync latency drifts a lot on a shared host) hits them alike. Each spec
        takes the keyword arguments of time(); returns their rows in order (None for a failed one)."""
        samples = {k: [] for k in range(len(specs))}
        failed = {}
        for k, sp in enumerate(specs):
            log(f"  {sp['name']} ...")
            if self.args.profile and "migrate" in sp["name"]:
                self.profile_once(sp["name"], sp["cmd"], sp.get("setup"), sp.get("cwd"), sp.get("env"),
                                  sp.get("stdin"))
        for r in range(self.runs + 1):
            for k, sp in enumerate(specs):
                if k in failed:
                    continue
                try:
                    if sp.get("setup"):
                        sp["setup"]()
                    t0 = time.perf_counter()
                    out = sh(sp["cmd"], cwd=sp.get("cwd"), env=sp.get("env"), stdin=sp.get("stdin"))
                    elapsed = time.perf_counter() - t0
                    if sp.get("check_out") and not re.search(sp["check_out"], out):
                        raise Failed(f"{sp['name']}: output lacks /{sp['check_out']}/:\n{out[-3000:]}")
                except (Failed, subprocess.TimeoutExpired) as e:
                    log(f"  {sp['name']} FAILED: {e}")
                    failed[k] = e
                    continue
                if r > 0:
                    samples[k].append(sp["parse"](out) if sp.get("parse") else elapsed)
        rows = []
        for k, sp in enumerate(specs):
            note = sp.get("note", "")
            if k in failed:
                section["rows"].append(dict(name=sp["name"], runs=self.runs, failed=True, note=(note + " " if note else "")
                                            + "failed: " + str(failed[k]).splitlines()[0][:150]))
                rows.append(None)
                continue
            xs = samples[k]
            row = dict(name=sp["name"], runs=len(xs), min=min(xs), median=statistics.median(xs), note=note, samples=xs)
            section["rows"].append(row)
            log(f"  {sp['name']}: min {row['min']:.2f} median {row['median']:.2f} ({', '.join(f'{x:.2f}' for x in xs)})")
            rows.append(row)
        return rows

    def profile_once(self, name, cmd, setup, cwd, env, stdin):
        """--profile: one run of cmd under JFR (1 ms sampling), summarised by bench/jfr_top.py."""
        jfc = self.work / "profile.jfc"
        if not jfc.exists():
            base = Path(subprocess.run(["java", "-XshowSettings:properties", "-version"], capture_output=True,
                                       text=True).stderr.split("java.home = ")[1].split()[0]) / "lib/jfr/profile.jfc"
            text = base.read_text()
            text = re.sub(r'(control="method-sampling-java-interval">)[^<]*', r"\g<1>1 ms", text)
            text = re.sub(r'(control="method-sampling-native-interval">)[^<]*', r"\g<1>1 ms", text)
            jfc.write_text(text)
        self.profiles = getattr(self, "profiles", 0) + 1
        rec = self.work / f"profile-{self.profiles}.jfr"
        flag = f"-XX:StartFlightRecording=filename={rec},settings={jfc}"
        env = dict(env or {})
        if isinstance(cmd, list) and cmd[0] == "java":
            cmd = ["java", flag] + cmd[1:]
        else:
            env["MAVEN_OPTS"] = (os.environ.get("MAVEN_OPTS", "") + " " + flag).strip()
        if setup:
            setup()
        t0 = time.perf_counter()
        sh(cmd, cwd=cwd, env=env, stdin=stdin)
        wall = time.perf_counter() - t0
        summary = sh([PYTHON, str(BENCH / "jfr_top.py"), str(rec), "--events",
                      "jdk.ExecutionSample,jdk.NativeMethodSample", "--top", "25"])
        text = f"#### profile: {name} (wall {wall:.2f} s under JFR; {rec.name})\n\n```\n{summary}```\n"
        self.profile_texts.append(text)
        log(text)

    def value(self, section, name, samples, unit, note=""):
        row = dict(name=name, runs=len(samples), min=min(samples), median=statistics.median(samples), note=note,
                   unit=unit, samples=samples)
        section["rows"].append(row)
        return row

    # -----------------------------------------------------------------------------------------------------------
    # tools

    def machine(self):
        def first(cmd):
            try:
                return sh(cmd, check=False).strip().splitlines()[0]
            except (IndexError, FileNotFoundError):
                return "?"
        cpu = "?"
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = int(Path("/proc/meminfo").read_text().split()[1]) / 1048576
        disk = " on ".join(first("findmnt -no FSTYPE,SOURCE --target " + str(self.work)).split())
        head = first(f"git -C {ROOT} log -1 --format='%h %s'")[:90]
        dirty = sh(f"git -C {ROOT} status --porcelain -- migrate-core/src/main migrate-maven-plugin/src/main "
                   f"migrate-hibernate/src/main", check=False).strip()
        jar = Path.home() / f".m2/repository/dev/migrate/migrate-maven-plugin/{MIGRATE_VERSION}" / \
            f"migrate-maven-plugin-{MIGRATE_VERSION}.jar"
        installed = datetime.datetime.fromtimestamp(jar.stat().st_mtime, datetime.timezone.utc).strftime(
            "%Y-%m-%d %H:%M UTC") if jar.exists() else "?"
        return dict(
            installed=installed,
            commit=head + (" (plus uncommitted engine/plugin changes in the work tree)" if dirty else ""),
            date=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            cpu=cpu, cores=os.cpu_count(), memory=f"{mem:.0f} GiB RAM", disk=disk,
            os=f"{platform.system()} {platform.release()}",
            java=first("java -version 2>&1"), maven=re.sub(r"\x1b\[[0-9;]*m", "", first("mvn -v 2>&1")),
            sqlite3=first("sqlite3 --version").split()[0] if shutil.which("sqlite3") else "absent",
            postgres=first(self.psql_cmd("test") + " -Atc 'show server_version'"),
            alembic=first(PYTHON + " -c 'import alembic, sqlalchemy; print(\"Alembic\", alembic.__version__, "
                                   "\"SQLAlchemy\", sqlalchemy.__version__)' 2>&1"),
        )

    def psql_cmd(self, db):
        return f"psql -X -q -v ON_ERROR_STOP=1 -h {PG['host']} -p {PG['port']} -U {PG['user']} -d {db}"

    def psql(self, db, sql):
        return sh(self.psql_cmd(db) + " -Atc " + shquote(sql))

    def recreate_pg(self, name):
        self.psql("test", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.psql("test", f"CREATE DATABASE {name}")

    def have_alembic(self):
        return not self.args.no_peers and sh([PYTHON, "-c", "import alembic"], check=False, capture=True) == ""

    def pg_url(self, db):
        return f"jdbc:postgresql://{PG['host']}:{PG['port']}/{db}"

    def build_harness(self):
        h = BENCH / "harness"
        log("Building the engine harness (bench/harness) ...")
        sh(self.mvn("-q", "compile", "dependency:build-classpath", "-Dmdep.outputFile=target/classpath.txt"), cwd=h)
        self.harness_cp = str(h / "target" / "classes") + ":" + (h / "target" / "classpath.txt").read_text().strip()

    def harness(self, *args, xmx=None):
        cmd = ["java"] + ([f"-Xmx{xmx}"] if xmx else []) + ["-cp", self.harness_cp, "bench.Harness"] + list(args)
        return cmd

    # -----------------------------------------------------------------------------------------------------------
    # generators

    def migrate_project(self, d, n, sql=None, name="bench"):
        """A Maven project with the migrate plugin and n linear scripts (one CREATE TABLE each, or sql(k))."""
        d.mkdir(parents=True, exist_ok=True)
        (d / "pom.xml").write_text(POM.format(artifact=name, plugins=MIGRATE_PLUGIN))
        mig = d / "src/main/resources/db/migrations"
        if mig.exists():
            shutil.rmtree(mig)
        mig.mkdir(parents=True)
        base = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
        for k in range(1, n + 1):
            up, down = sql(k) if sql else (f"CREATE TABLE t{k} (id INTEGER PRIMARY KEY, v TEXT);", f"DROP TABLE t{k};")
            created = (base + datetime.timedelta(seconds=k)).strftime("%Y-%m-%dT%H:%M:%SZ")
            (mig / f"{k:05d}_create_t{k}.sql").write_text(
                f"-- revision: {k:012d}\n-- revises: {'' if k == 1 else f'{k - 1:012d}'}\n-- message: create t{k}\n"
                f"-- created: {created}\n\n-- migrate:upgrade\n{up}\n\n-- migrate:downgrade\n{down}\n")
        return mig

    def flyway_project(self, d, n, url, postgres=False):
        d.mkdir(parents=True, exist_ok=True)
        loc = d / "db/flyway"
        if loc.exists():
            shutil.rmtree(loc)
        loc.mkdir(parents=True)
        for k in range(1, n + 1):
            (loc / f"V{k}__create_t{k}.sql").write_text(f"CREATE TABLE t{k} (id INTEGER PRIMARY KEY, v TEXT);\n")
        deps = DEP.format(g="org.xerial", a="sqlite-jdbc", v=SQLITE_JDBC)
        if postgres:
            deps += DEP.format(g="org.flywaydb", a="flyway-database-postgresql", v=FLYWAY_VERSION)
            deps += DEP.format(g="org.postgresql", a="postgresql", v=POSTGRES_JDBC)
        plugin = FLYWAY_PLUGIN.format(version=FLYWAY_VERSION, url=url, user=PG["user"] if postgres else "", deps=deps)
        (d / "pom.xml").write_text(POM.format(artifact="flyway", plugins=plugin))

    def liquibase_project(self, d, n, url, postgres=False):
        d.mkdir(parents=True, exist_ok=True)
        loc = d / "db/liquibase"
        if loc.exists():
            shutil.rmtree(loc)
        loc.mkdir(parents=True)
        for k in range(1, n + 1):
            (loc / f"{k:05d}_t{k}.sql").write_text(
                f"--liquibase formatted sql\n--changeset bench:{k}\nCREATE TABLE t{k} (id INTEGER PRIMARY KEY, v TEXT);\n"
                f"--rollback DROP TABLE t{k};\n")
        (d / "db/changelog.xml").write_text(LIQUIBASE_CHANGELOG)
        deps = DEP.format(g="org.xerial", a="sqlite-jdbc", v=SQLITE_JDBC)
        if postgres:
            deps += DEP.format(g="org.postgresql", a="postgresql", v=POSTGRES_JDBC)
        plugin = LIQUIBASE_PLUGIN.format(version=LIQUIBASE_VERSION, url=url, user=PG["user"] if postgres else "",
                                         deps=deps)
        (d / "pom.xml").write_text(POM.format(artifact="liquibase", plugins=plugin))

    def alembic_project(self, d, n, url, upgrade_sql=None, model=None):
        """An Alembic environment: n linear revisions (one CREATE TABLE each, or the statements of upgrade_sql in
        revision 1 when n == 1), one transaction per migration, and target_metadata from model.py if given."""
        d.mkdir(parents=True, exist_ok=True)
        versions = d / "versions"
        if versions.exists():
            shutil.rmtree(versions)
        versions.mkdir()
        (d / "alembic.ini").write_text(ALEMBIC_INI.format(url=url))
        (d / "env.py").write_text(ALEMBIC_ENV.format(model="True" if model else "False"))
        (d / "script.py.mako").write_text(ALEMBIC_MAKO)
        if model:
            (d / "model.py").write_text(model)
        for k in range(1, n + 1):
            if upgrade_sql is not None:
                body = f"    for s in {upgrade_sql!r}:\n        op.execute(s)\n"
            else:
                body = f"    op.execute('CREATE TABLE t{k} (id INTEGER PRIMARY KEY, v TEXT)')\n"
            down = "None" if k == 1 else repr(f"{k - 1:012d}")
            (versions / f"{k:05d}_t{k}.py").write_text(
                f'"""create t{k}"""\nfrom alembic import op\nrevision = {f"{k:012d}"!r}\ndown_revision = {down}\n'
                f"branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n{body}\n\ndef downgrade():\n    pass\n")

    def alembic(self, d, *args):
        return [PYTHON, "-m", "alembic", "-c", str(d / "alembic.ini")] + list(args)

    @staticmethod
    def floor_sql(n, path, begin="BEGIN;", key="id INTEGER PRIMARY KEY AUTOINCREMENT"):
        """The raw floor: the same DDL, one transaction per migration with its version-table update and history row,
        exactly as migrate records them."""
        with open(path, "w") as f:
            f.write("CREATE TABLE IF NOT EXISTS migrate_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);\n")
            f.write(f"CREATE TABLE IF NOT EXISTS migrate_version_history ({key}, revision VARCHAR(32) "
                    "NOT NULL, action VARCHAR(16) NOT NULL, checksum VARCHAR(64), applied_by VARCHAR(128), "
                    "applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL, duration_ms BIGINT);\n")
            for k in range(1, n + 1):
                f.write(f"{begin}\nCREATE TABLE t{k} (id INTEGER PRIMARY KEY, v TEXT);\n")
                if k == 1:
                    f.write(f"INSERT INTO migrate_version (version_num) VALUES ('{k:012d}');\n")
                else:
                    f.write(f"UPDATE migrate_version SET version_num = '{k:012d}' WHERE version_num = '{k - 1:012d}';\n")
                f.write(f"INSERT INTO migrate_version_history (revision, action, checksum, applied_by, duration_ms) "
                        f"VALUES ('{k:012d}', 'upgrade', '{'0' * 64}', 'bench', 1);\nCOMMIT;\n")

    # -----------------------------------------------------------------------------------------------------------
    # workloads

    def w1(self):
        s = self.results.section(f"1. Upgrade an empty SQLite database through {N_UPGRADE:,} migrations")
        w = self.work / "w1"
        log(f"Workload 1: generating {N_UPGRADE} migrations for migrate, Flyway, Liquibase, Alembic ...")
        proj = w / "migrate"
        self.migrate_project(proj, N_UPGRADE)
        db = proj / "bench.db"
        self.floor_sql(N_UPGRADE, w / "floor.sql")
        raw_db = w / "raw.db"

        def clean(*files):
            def f():
                for p in files:
                    for suffix in ("", "-journal", "-wal", "-shm", ".migrate-lock"):
                        Path(str(p) + suffix).unlink(missing_ok=True)
            return f

        (w / "floor-truncate.sql").write_text("PRAGMA journal_mode = TRUNCATE;\n" + (w / "floor.sql").read_text())
        engine_ms = lambda o: float(re.search(r"engine_ms=([\d.]+)", o).group(1)) / 1000
        db2 = proj / "bench2.db"
        validate, heads, raw, raw_t, up, eng, twice = self.interleave(s, [
            dict(name="`mvn validate` (Maven's start-up floor)", cmd=self.mvn("validate"), cwd=proj),
            dict(name="`mvn migrate:heads` on a 1-script project (Maven + the plugin's start-up)",
                 cmd=self.mvn("migrate:heads"), cwd=self.work / "warmup" / "migrate",
                 note="what any goal pays before its work"),
            dict(name="raw `sqlite3`: same DDL, one transaction + version row per migration",
                 cmd=["sqlite3", str(raw_db)], setup=clean(raw_db), stdin=w / "floor.sql"),
            dict(name="raw `sqlite3` as above with `PRAGMA journal_mode = TRUNCATE`", cmd=["sqlite3", str(raw_db)],
                 setup=clean(raw_db), stdin=w / "floor-truncate.sql",
                 note="the journal mode migrate's SQLite connections use since 68171b8; the target uses the row above"),
            dict(name="**migrate** `mvn migrate:upgrade`", cmd=self.mvn("migrate:upgrade"), cwd=proj,
                 setup=clean(db), check_out=f"Upgraded|{N_UPGRADE}"),
            dict(name="migrate engine alone (harness: `Migrate.upgrade`, in-JVM)",
                 cmd=self.harness("upgrade", "jdbc:sqlite:" + str(db), str(proj / "src/main/resources/db/migrations")),
                 setup=clean(db), parse=engine_ms, note="no JVM or Maven start-up"),
            dict(name="migrate engine, the same upgrade again on a second fresh database in the same JVM",
                 cmd=self.harness("upgrade-twice", "jdbc:sqlite:" + str(db), str(proj / "src/main/resources/db/migrations"),
                                  "jdbc:sqlite:" + str(db2)),
                 setup=lambda: (clean(db)(), clean(db2)()),
                 parse=lambda o: float(re.search(r"warm_ms=([\d.]+)", o).group(1)) / 1000,
                 note="steady state: the row above minus this is the cold JVM's cost"),
        ])
        if self.args.experiments:
            self.experiments(s)
        if not self.args.no_peers:
            fw = w / "flyway"
            self.flyway_project(fw, N_UPGRADE, "jdbc:sqlite:${project.basedir}/flyway.db")
            self.time(s, f"Flyway {FLYWAY_VERSION} `mvn flyway:migrate`", self.mvn("flyway:migrate"), cwd=fw,
                      setup=clean(fw / "flyway.db"), note="one transaction per migration (Flyway's default)")
            lb = w / "liquibase"
            self.liquibase_project(lb, N_UPGRADE, "jdbc:sqlite:${project.basedir}/liquibase.db")
            self.time(s, f"Liquibase {LIQUIBASE_VERSION} `mvn liquibase:update`", self.mvn("liquibase:update"),
                      cwd=lb, setup=clean(lb / "liquibase.db"), note="formatted-SQL changesets via includeAll")
            if self.have_alembic():
                al = w / "alembic"
                self.alembic_project(al, N_UPGRADE, f"sqlite:///{al}/alembic.db")
                self.time(s, "Alembic `alembic upgrade head`", self.alembic(al, "upgrade", "head"),
                          setup=clean(al / "alembic.db"),
                          note="transaction_per_migration=True; pysqlite commits the DDL on its own, so 2 commits "
                               "per migration")
        if validate and raw and up:
            floor = validate["min"] + raw["min"]
            self.results.target(1, f"migrate:upgrade {N_UPGRADE} (SQLite) ≤ 1.1 × (mvn validate + raw sqlite3)",
                                up["min"], 1.1 * floor)
            s["notes"].append(f"floor = mvn validate + raw sqlite3 = {floor:.2f} s (minimums); migrate is "
                              f"{up['min'] / floor:.2f} × the floor; migrate − validate − raw = "
                              f"{up['min'] - floor:.2f} s.")
            if len(up["samples"]) == len(validate["samples"]) == len(raw["samples"]):
                ratios = [u / (v + r) for u, v, r in zip(up["samples"], validate["samples"], raw["samples"])]
                s["notes"].append("Per round (the rows run round-robin, so each round saw the same disk): migrate / "
                                  "(validate + raw) = " + ", ".join(f"{x:.2f}" for x in ratios) + ".")
            if heads and eng:
                s["notes"].append(f"Where migrate's time goes (minimums): Maven {validate['min']:.2f} s, the plugin's "
                                  f"start-up {heads['min'] - validate['min']:.2f} s (heads − validate), the engine "
                                  f"{eng['min']:.2f} s of which the database needs about {raw['min']:.2f} s (raw).")
        self.results.close(s)

    def experiments(self, s):
        """--experiments: where workload 1's engine time goes (fsync against fdatasync). The plugin's start-up without
        Hibernate is no longer an experiment: since issue 17 the plugin resolves it only for a JPA model."""
        proj = self.work / "warmup" / "migrate"
        specs = []
        if shutil.which("gcc"):
            # sqlite-jdbc's library syncs with fsync where the sqlite3 CLI uses fdatasync: is that the gap?
            shim = self.work / "libfsync2fdatasync.so"
            src = self.work / "fsync2fdatasync.c"
            src.write_text("#include <unistd.h>\nint fsync(int fd) { return fdatasync(fd); }\n")
            sh(["gcc", "-shared", "-fPIC", "-O2", "-o", str(shim), str(src)])
            w1 = self.work / "w1" / "migrate"
            hdb = self.work / "w1" / "shim.db"

            def clean_hdb():
                for suffix in ("", "-journal", "-wal", "-shm", ".migrate-lock"):
                    Path(str(hdb) + suffix).unlink(missing_ok=True)
            cmd = self.harness("upgrade", "jdbc:sqlite:" + str(hdb), str(w1 / "src/main/resources/db/migrations"))
            ms = lambda o: float(re.search(r"engine_ms=([\d.]+)", o).group(1)) / 1000
            specs += [
                dict(name="experiment: engine alone, as is (sqlite-jdbc syncs with fsync)", cmd=cmd, setup=clean_hdb,
                     parse=ms),
                dict(name="experiment: engine alone, fsync turned into fdatasync (LD_PRELOAD shim)", cmd=cmd,
                     setup=clean_hdb, parse=ms, env={"LD_PRELOAD": str(shim)}),
            ]
        self.interleave(s, specs + [
            dict(name="experiment: `mvn migrate:heads`, 1 script, plugin as installed", cmd=self.mvn("migrate:heads"),
                 cwd=proj),
        ])

    def w2(self):
        s = self.results.section(f"2. `status` on a SQLite database at head through {N_STATUS:,} migrations")
        w = self.work / "w2"
        log(f"Workload 2: {N_STATUS} migrations, brought to head once (one transaction) ...")
        proj = w / "migrate"
        self.migrate_project(proj, N_STATUS)
        (proj / "bench.db").unlink(missing_ok=True)
        sh(self.mvn("-q", "migrate:upgrade", "-Dmigrate.transaction=all"), cwd=proj)
        validate, heads, st, eng = self.interleave(s, [
            dict(name="`mvn validate`", cmd=self.mvn("validate"), cwd=proj),
            dict(name="`mvn migrate:heads` on a 1-script project (Maven + the plugin's start-up)",
                 cmd=self.mvn("migrate:heads"), cwd=self.work / "warmup" / "migrate"),
            dict(name="**migrate** `mvn migrate:status`", cmd=self.mvn("migrate:status"), cwd=proj,
                 check_out=f"{N_STATUS} applied, 0 pending"),
            dict(name="migrate engine alone (harness: `Migrate.status`, first call in a JVM)",
                 cmd=self.harness("status", "jdbc:sqlite:" + str(proj / "bench.db"),
                                  str(proj / "src/main/resources/db/migrations")),
                 parse=lambda o: float(re.search(r"engine_ms=([\d.]+)", o).group(1)) / 1000),
        ])
        ph = []
        for k in range(self.runs):
            out = sh(self.harness("phases", "jdbc:sqlite:" + str(proj / "bench.db"),
                                  str(proj / "src/main/resources/db/migrations")))
            ph.append({m.group(1): float(m.group(2)) for m in re.finditer(r"(\w+)=([\d.]+)", out)})
        best = min(ph, key=lambda x: x["load_cold_ms"] + x["connect_cold_ms"])
        s["notes"].append(
            "Engine phases (harness `phases`, best of the runs): loading the 5,000 scripts "
            f"{best['load_cold_ms']:.0f} ms cold / {best['load_warm_ms']:.0f} ms warm; first SQLite connection "
            f"{best['connect_cold_ms']:.0f} ms cold / {best['connect_warm_ms']:.0f} ms warm; inspect (version and "
            f"history tables) {best['inspect_ms']:.0f} ms; status with scripts cached in the JVM "
            f"{best['status_warm_ms']:.0f} ms.")
        if not self.args.no_peers:
            fw = w / "flyway"
            self.flyway_project(fw, N_STATUS, "jdbc:sqlite:${project.basedir}/flyway.db")
            (fw / "flyway.db").unlink(missing_ok=True)
            sh(self.mvn("-q", "flyway:migrate", "-Dflyway.group=true"), cwd=fw)
            self.time(s, f"Flyway `mvn flyway:info`", self.mvn("flyway:info"), cwd=fw)
            lb = w / "liquibase"
            self.liquibase_project(lb, N_STATUS, "jdbc:sqlite:${project.basedir}/liquibase.db")
            (lb / "liquibase.db").unlink(missing_ok=True)
            sh(self.mvn("-q", "liquibase:changelogSync"), cwd=lb)
            self.time(s, f"Liquibase `mvn liquibase:status`", self.mvn("liquibase:status"), cwd=lb)
            if self.have_alembic():
                al = w / "alembic"
                self.alembic_project(al, N_STATUS, f"sqlite:///{al}/alembic.db")
                (al / "alembic.db").unlink(missing_ok=True)
                sh(self.alembic(al, "stamp", "head"))
                self.time(s, "Alembic `alembic current`", self.alembic(al, "current"))
        if validate and st:
            self.results.target(2, f"migrate:status at {N_STATUS} ≤ 1.2 × mvn validate", st["min"],
                                1.2 * validate["min"])
            s["notes"].append(f"migrate:status − mvn validate = {st['min'] - validate['min']:.2f} s, of which the "
                              f"plugin's start-up (heads − validate) {heads['min'] - validate['min']:.2f} s.")
            if len(st["samples"]) == len(validate["samples"]):
                s["notes"].append("Per round: status / validate = " + ", ".join(
                    f"{a / b:.2f}" for a, b in zip(st["samples"], validate["samples"])) + ".")
        self.results.close(s)

    def w3(self):
        s = self.results.section(f"3. Upgrade an empty PostgreSQL database through {N_POSTGRES:,} migrations")
        w = self.work / "w3"
        log(f"Workload 3: {N_POSTGRES} migrations on PostgreSQL ...")
        proj = w / "migrate"
        self.migrate_project(proj, N_POSTGRES)
        self.floor_sql(N_POSTGRES, w / "floor.sql", key="id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
        dbname = "bench_w3"
        url = self.pg_url(dbname)
        recreate = lambda: self.recreate_pg(dbname)
        validate, raw, up, eng = self.interleave(s, [
            dict(name="`mvn validate`", cmd=self.mvn("validate"), cwd=proj),
            dict(name="raw `psql`: same DDL, one transaction + version row per migration",
                 cmd=self.psql_cmd(dbname) + " -f " + str(w / "floor.sql"), setup=recreate),
            dict(name="**migrate** `mvn migrate:upgrade`",
                 cmd=self.mvn("migrate:upgrade", f"-Dmigrate.url={url}", f"-Dmigrate.user={PG['user']}"),
                 cwd=proj, setup=recreate, check_out="Upgraded"),
            dict(name="migrate engine alone (harness)",
                 cmd=self.harness("upgrade", f"{url}?user={PG['user']}", str(proj / "src/main/resources/db/migrations")),
                 setup=recreate, parse=lambda o: float(re.search(r"engine_ms=([\d.]+)", o).group(1)) / 1000),
        ])
        if not self.args.no_peers and not self.args.quick and not self.args.no_pg_peers:
            peer_runs = 1
            fw = w / "flyway"
            self.flyway_project(fw, N_POSTGRES, url, postgres=True)
            self.time(s, "Flyway `mvn flyway:migrate`", self.mvn("flyway:migrate"), cwd=fw, setup=recreate,
                      runs=peer_runs, warmup=False, note="one run (about 6 minutes)")
            if self.have_alembic():
                al = w / "alembic"
                self.alembic_project(al, N_POSTGRES, f"postgresql+psycopg2://{PG['user']}@{PG['host']}:{PG['port']}/"
                                                     f"{dbname}")
                self.time(s, "Alembic `alembic upgrade head`", self.alembic(al, "upgrade", "head"), setup=recreate,
                          runs=peer_runs, warmup=False)
            if self.args.liquibase_pg:
                lb = w / "liquibase"
                self.liquibase_project(lb, N_POSTGRES, url, postgres=True)
                self.time(s, "Liquibase `mvn liquibase:update`", self.mvn("liquibase:update"), cwd=lb,
                          setup=recreate, runs=peer_runs, warmup=False)
            else:
                s["notes"].append("Liquibase left out here (minutes per run); `bench/run --liquibase-pg` adds it.")
        if up:
            self.results.target(3, f"migrate:upgrade {N_POSTGRES:,} on PostgreSQL < 30 s", up["min"], 30.0)
        if validate and raw and up:
            s["notes"].append(f"migrate − validate − raw psql = {up['min'] - validate['min'] - raw['min']:.2f} s.")
        self.results.close(s)

    def w4(self):
        w = self.work / "w4"
        model = schema_sql(N_TABLES, extra=True)
        base = schema_sql(N_TABLES, extra=False)
        for kind in ("sqlite", "postgres"):
            s = self.results.section(f"4. Autogenerate against a {N_TABLES}-table schema ({kind})")
            log(f"Workload 4 ({kind}): {N_TABLES} tables, 10 columns, an index and a foreign key each ...")
            proj = w / kind / "migrate"
            statements = [x.strip() for x in base.split(";") if x.strip()]
            self.migrate_project(proj, 1, sql=lambda k: (base, "-- not needed"))
            (proj / "schema.sql").write_text(model)
            mig = proj / "src/main/resources/db/migrations"
            keep = {p.name for p in mig.iterdir()}

            def drop_new():
                for p in mig.iterdir():
                    if p.name not in keep:
                        p.unlink()
            if kind == "sqlite":
                url = "jdbc:sqlite:" + str(proj / "bench.db")
                (proj / "bench.db").unlink(missing_ok=True)
                props = []
            else:
                self.recreate_pg("bench_w4")
                url = self.pg_url("bench_w4")
                props = [f"-Dmigrate.url={url}", f"-Dmigrate.user={PG['user']}"]
            sh(self.mvn("-q", "migrate:upgrade", *props), cwd=proj)   # the database at head, for compareTo=database
            validate = self.time(s, "`mvn validate`", self.mvn("validate"), cwd=proj)
            rev = ["migrate:revision", "-Dmigrate.schema=schema.sql", "-Dmigrate.message=x"] + props
            mv = self.time(s, "**migrate** `mvn migrate:revision` (model vs migrations replayed on a scratch DB)",
                           self.mvn(*rev), cwd=proj, setup=drop_new, check_out="Created")
            md = self.time(s, "**migrate** `mvn migrate:revision -Dmigrate.compareTo=database`",
                           self.mvn(*rev, "-Dmigrate.compareTo=database"), cwd=proj, setup=drop_new,
                           check_out="Created")
            drop_new()
            hurl = url + ("" if kind == "sqlite" else f"?user={PG['user']}")
            parts = {}
            for against in ("database", "migrations"):
                if self.args.profile:
                    self.profile_once(f"migrate engine `Migrate.compare` against the {against} ({kind})",
                                      self.harness("compare", hurl, str(mig), str(proj / "schema.sql"), against,
                                                   str(proj / "target/migrate"), "0"), None, None, None, None)
                samples = []
                for k in range(self.runs):
                    out = sh(self.harness("compare", hurl, str(mig), str(proj / "schema.sql"), against,
                                          str(proj / "target/migrate"), "3"))
                    samples.append({m.group(1): float(m.group(2)) for m in re.finditer(r"(\w+)=([\d.]+)", out)})
                parts[against] = samples
                cold = [x["cold_ms"] for x in samples]
                warm = [x["warm_ms"] for x in samples]
                self.value(s, f"migrate engine: `Migrate.compare` against the {against}, first call in a JVM",
                           cold, "ms", note="what a mvn run pays")
                best = min(samples, key=lambda x: x["warm_ms"])
                self.value(s, f"migrate engine: `Migrate.compare` against the {against}, warm", warm, "ms",
                           note=f"best warm breakdown: model on a scratch DB {best['model_ms']:.0f} ms, current "
                                f"schema {best['current_ms']:.0f} ms, diff {best['diff_ms']:.0f} ms")
            if self.have_alembic():
                al = w / kind / "alembic"
                if kind == "sqlite":
                    aurl = f"sqlite:///{al}/alembic.db"
                    (al / "alembic.db").unlink(missing_ok=True)
                else:
                    self.recreate_pg("bench_w4_alembic")
                    aurl = f"postgresql+psycopg2://{PG['user']}@{PG['host']}:{PG['port']}/bench_w4_alembic"
                self.alembic_project(al, 1, aurl, upgrade_sql=statements, model=sqlalchemy_model(N_TABLES))
                sh(self.alembic(al, "upgrade", "head"))
                versions = al / "versions"
                akeep = {p.name for p in versions.iterdir()}

                def drop_alembic_new():
                    for p in versions.iterdir():
                        if p.name not in akeep:
                            if p.is_dir():
                                shutil.rmtree(p)
                            else:
                                p.unlink()
                start = self.time(s, "Python start-up + `import alembic, sqlalchemy` + the model",
                                  [PYTHON, "-c", "import sys; sys.path.insert(0, %r); import alembic.command, "
                                                 "sqlalchemy, model" % str(al)])
                ag = self.time(s, "Alembic `alembic revision --autogenerate`",
                               self.alembic(al, "revision", "--autogenerate", "-m", "x"), setup=drop_alembic_new,
                               check_out="Generating")
                drop_alembic_new()
                if start and ag:
                    s["notes"].append(f"Alembic above Python's start-up and imports: {ag['min'] - start['min']:.2f} s.")
            if validate and md:
                s["notes"].append(f"mvn migrate:revision − mvn validate: {mv['min'] - validate['min']:.2f} s against "
                                  f"the migrations, {md['min'] - validate['min']:.2f} s against the database.")
            cold_db = min(x["cold_ms"] for x in parts["database"]) / 1000
            cold_mig = min(x["cold_ms"] for x in parts["migrations"]) / 1000
            self.results.target(f"4 ({kind})", f"autogenerate engine time, {N_TABLES} tables, against the database",
                                cold_db, 0.5)
            self.results.target(f"4 ({kind})", f"autogenerate engine time, {N_TABLES} tables, against the "
                                               f"migrations", cold_mig, 0.5)
            self.results.close(s)

    def w5(self):
        s = self.results.section(f"5. SQLite table rebuild (column type change) on a {N_ROWS:,}-row table with an "
                                 f"index")
        w = self.work / "w5"
        log(f"Workload 5: {N_ROWS} rows ...")
        proj = w / "migrate"
        v1 = ("CREATE TABLE big (id INTEGER PRIMARY KEY, k INTEGER NOT NULL, name TEXT, amount INTEGER, "
              "created TEXT);\nCREATE INDEX ix_big_k ON big (k);")
        self.migrate_project(proj, 1, sql=lambda k: (v1, "DROP TABLE big;"))
        mig = proj / "src/main/resources/db/migrations"
        v2 = v1.replace("amount INTEGER", "amount REAL")
        (proj / "v2.sql").write_text(v2 + "\n")
        db = proj / "bench.db"
        db.unlink(missing_ok=True)
        # the rebuild migration, autogenerated by migrate itself
        sh(self.mvn("-q", "migrate:revision", "-Dmigrate.schema=v2.sql", "-Dmigrate.message=amount to real",
                    "-Dmigrate.revisionId=000000000002"), cwd=proj)
        generated = [p for p in mig.iterdir() if "000000000002" in p.name][0]
        generated.rename(mig / "00002_amount_real.sql")
        sh(self.mvn("-q", "migrate:upgrade", "-Dmigrate.target=000000000001"), cwd=proj)
        load_sql = w / "load.sql"
        load_sql.write_text(
            f"BEGIN;\nWITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {N_ROWS})\n"
            "INSERT INTO big (id, k, name, amount, created) SELECT i, abs(random()) % 100000, 'name ' || i, i * 7, "
            "'2026-01-01T00:00:00Z' FROM n;\nCOMMIT;\n")
        sh(["sqlite3", str(db)], stdin=load_sql)
        template = w / "template.db"
        shutil.copyfile(db, template)
        hand_db = w / "hand.db"
        hand = w / "hand.sql"
        hand.write_text(
            "BEGIN;\nCREATE TABLE big_new (id INTEGER PRIMARY KEY, k INTEGER NOT NULL, name TEXT, amount REAL, "
            "created TEXT);\nINSERT INTO big_new (id, k, name, amount, created) SELECT id, k, name, amount, created "
            "FROM big;\nDROP TABLE big;\nALTER TABLE big_new RENAME TO big;\nCREATE INDEX ix_big_k ON big (k);\n"
            "UPDATE migrate_version SET version_num = '000000000002' WHERE version_num = '000000000001';\n"
            "INSERT INTO migrate_version_history (revision, action, checksum, applied_by, duration_ms) VALUES "
            f"('000000000002', 'upgrade', '{'0' * 64}', 'bench', 1);\nCOMMIT;\n")
        s["notes"].append("The migration is the one `migrate:revision` autogenerates for the type change: "
                          + "; ".join(l for l in generated_upgrade(mig / "00002_amount_real.sql")))

        def fresh(target):
            def f():
                for suffix in ("-journal", "-wal", "-shm", ".migrate-lock"):
                    Path(str(target) + suffix).unlink(missing_ok=True)
                shutil.copyfile(template, target)
            return f
        validate, by_hand, up, eng = self.interleave(s, [
            dict(name="`mvn validate`", cmd=self.mvn("validate"), cwd=proj),
            dict(name="by hand in `sqlite3` (create, INSERT … SELECT, drop, rename, index)",
                 cmd=["sqlite3", str(hand_db)], setup=fresh(hand_db), stdin=hand),
            dict(name="**migrate** `mvn migrate:upgrade` (the one rebuild migration)", cmd=self.mvn("migrate:upgrade"),
                 cwd=proj, setup=fresh(db), check_out="Upgraded"),
            dict(name="migrate engine alone (harness: `Migrate.upgrade`)",
                 cmd=self.harness("upgrade", "jdbc:sqlite:" + str(db), str(mig)), setup=fresh(db),
                 parse=lambda o: float(re.search(r"engine_ms=([\d.]+)", o).group(1)) / 1000),
        ])
        if by_hand and eng:
            self.results.target(5, "rebuild, engine time ≤ 1.2 × by hand", eng["min"], 1.2 * by_hand["min"])
        if by_hand and up and validate:
            self.results.target(5, "rebuild, mvn migrate:upgrade − mvn validate ≤ 1.2 × by hand",
                                up["min"] - validate["min"], 1.2 * by_hand["min"])
        self.results.close(s)

    def w6(self):
        s = self.results.section(f"6. Engine heap for {N_HEAP:,} revisions")
        w = self.work / "w6"
        log(f"Workload 6: heap with {N_HEAP} revisions ...")
        proj = w / "migrate"
        mig = self.migrate_project(proj, N_HEAP)
        db = proj / "bench.db"
        peaks, retained, ok = [], [], True
        for k in range(self.runs):
            db.unlink(missing_ok=True)
            try:
                out = sh(self.harness("heap", "jdbc:sqlite:" + str(db), str(mig), xmx="256m"))
            except Failed as e:
                ok = False
                log(str(e))
                break
            vals = {m.group(1): float(m.group(2)) for m in re.finditer(r"(\w+)=([\d.]+)", out)}
            peaks.append(vals["peak_mb"])
            retained.append(vals["retained_mb"])
            log("  " + out.strip())
        if ok:
            self.value(s, "heap peak (all heap pools) during load + upgrade + status, `-Xmx256m`", peaks, "MB",
                       note="runs in -Xmx256m")
            self.value(s, "heap retained after GC, scripts + graph + status still reachable", retained, "MB")
            self.results.target(6, f"engine heap for {N_HEAP:,} revisions (peak, and it runs in -Xmx256m)",
                                max(peaks), 256, unit="MB")
        else:
            s["rows"].append(dict(name="load + upgrade + status in -Xmx256m", runs=1, failed=True, note="OutOfMemory?"))
            self.results.target(6, f"engine heap for {N_HEAP:,} revisions", None, 256, unit="MB")
        self.results.close(s)

    # -----------------------------------------------------------------------------------------------------------

    def run(self):
        self.work.mkdir(parents=True, exist_ok=True)
        plugin_jar = Path.home() / f".m2/repository/dev/migrate/migrate-maven-plugin/{MIGRATE_VERSION}"
        if not plugin_jar.exists():
            raise SystemExit("migrate is not installed in ~/.m2: run `mvn -B install -DskipTests -DskipITs` in the "
                             "repository root first (or bench/run --install)")
        machine = self.machine()
        log(f"Machine: {machine}")
        log("Resolving plugins online once; timed runs are offline (-o) ...")
        chosen = [int(x) for x in self.args.only.split(",")] if self.args.only else [1, 2, 3, 4, 5, 6]
        self.build_harness()
        self.warm_up()
        self.offline = True
        for n in chosen:
            getattr(self, f"w{n}")()
        report = self.results.markdown(machine, sys.argv[1:])
        if self.profile_texts:
            report += "\n### Profiles (JFR, 1 ms sampling; bench/jfr_top.py)\n\n" + "\n".join(self.profile_texts)
        print(report)
        out = BENCH / "results"
        out.mkdir(exist_ok=True)
        stem = ("profile" if self.args.profile else "quick" if self.args.quick
                else "partial" if self.args.only else "latest")
        (out / f"{stem}.md").write_text(report + "\n")
        (out / f"{stem}.json").write_text(json.dumps(dict(machine=machine, sections=self.results.sections,
                                                         targets=self.results.targets), indent=1) + "\n")
        log(f"Written to {out / (stem + '.md')} and {stem}.json")

    def warm_up(self):
        """One online run of each Maven plugin, so that the timed (offline) runs find everything in ~/.m2."""
        w = self.work / "warmup"
        proj = w / "migrate"
        self.migrate_project(proj, 1)
        (proj / "bench.db").unlink(missing_ok=True)
        sh(self.mvn("-q", "validate"), cwd=proj)
        sh(self.mvn("-q", "migrate:upgrade"), cwd=proj)
        if not self.args.no_peers:
            fw = w / "flyway"
            self.flyway_project(fw, 1, self.pg_url("bench_warmup"), postgres=True)
            self.recreate_pg("bench_warmup")
            sh(self.mvn("-q", "flyway:migrate"), cwd=fw)
            lb = w / "liquibase"
            self.liquibase_project(lb, 1, self.pg_url("bench_warmup"), postgres=True)
            self.recreate_pg("bench_warmup")
            sh(self.mvn("-q", "liquibase:update", "liquibase:status", "liquibase:changelogSync"), cwd=lb)
            self.liquibase_project(lb, 1, "jdbc:sqlite:${project.basedir}/liquibase.db")
            self.psql("test", "DROP DATABASE IF EXISTS bench_warmup WITH (FORCE)")


def generated_upgrade(path):
    text = path.read_text()
    up = text.split("-- migrate:upgrade", 1)[1].split("-- migrate:downgrade", 1)[0]
    up = "\n".join(l for l in up.splitlines() if not l.strip().startswith("--"))
    return [" ".join(st.split())[:100] for st in up.split(";") if st.strip()]


def shquote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def schema_sql(n, extra):
    """n tables of 10 columns, an index and a foreign key each (to the table before; the first to itself).
    With extra, the model's change: one more column and index on the last table."""
    out = []
    for k in range(1, n + 1):
        parent = k - 1 if k > 1 else 1
        cols = [
            "id INTEGER NOT NULL PRIMARY KEY",
            "parent_id INTEGER",
            "name VARCHAR(100) NOT NULL",
            "code VARCHAR(20)",
            "amount NUMERIC(12, 2) DEFAULT 0",
            "qty INTEGER NOT NULL DEFAULT 1",
            "note TEXT",
            "active BOOLEAN NOT NULL DEFAULT TRUE",
            "created_at TIMESTAMP",
            "ratio REAL",
        ]
        if extra and k == n:
            cols.append("extra VARCHAR(50)")
        cols.append(f"CONSTRAINT fk_t{k}_parent FOREIGN KEY (parent_id) REFERENCES t{parent} (id)")
        out.append(f"CREATE TABLE t{k} (\n    " + ",\n    ".join(cols) + "\n);")
        out.append(f"CREATE INDEX ix_t{k}_code ON t{k} (code);")
        if extra and k == n:
            out.append(f"CREATE INDEX ix_t{k}_extra ON t{k} (extra);")
    return "\n".join(out) + "\n"


def sqlalchemy_model(n):
    """The same model as schema_sql(n, extra=True), as SQLAlchemy metadata for Alembic."""
    lines = ["from sqlalchemy import MetaData, Table, Column, Integer, String, Text, Numeric, Boolean, DateTime, "
             "Float, ForeignKeyConstraint, Index, text",
             "metadata = MetaData()"]
    for k in range(1, n + 1):
        parent = k - 1 if k > 1 else 1
        extra = "    Column('extra', String(50)),\n" if k == n else ""
        idx = f"    Index('ix_t{k}_extra', 'extra'),\n" if k == n else ""
        lines.append(
            f"Table('t{k}', metadata,\n"
            "    Column('id', Integer, primary_key=True, autoincrement=False),\n"
            "    Column('parent_id', Integer),\n"
            "    Column('name', String(100), nullable=False),\n"
            "    Column('code', String(20)),\n"
            "    Column('amount', Numeric(12, 2), server_default=text('0')),\n"
            "    Column('qty', Integer, nullable=False, server_default=text('1')),\n"
            "    Column('note', Text),\n"
            "    Column('active', Boolean, nullable=False, server_default=text('TRUE')),\n"
            "    Column('created_at', DateTime),\n"
            "    Column('ratio', Float),\n"
            f"{extra}"
            f"    ForeignKeyConstraint(['parent_id'], ['t{parent}.id'], name='fk_t{k}_parent'),\n"
            f"    Index('ix_t{k}_code', 'code'),\n"
            f"{idx}"
            ")")
    return "\n".join(lines) + "\n"


POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.migrate.bench</groupId>
  <artifactId>{artifact}</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
{plugins}
    </plugins>
  </build>
</project>
"""

MIGRATE_PLUGIN = f"""      <plugin>
        <groupId>dev.migrate</groupId>
        <artifactId>migrate-maven-plugin</artifactId>
        <version>{MIGRATE_VERSION}</version>
      </plugin>"""

DEP = """
          <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version></dependency>"""

FLYWAY_PLUGIN = """      <plugin>
        <groupId>org.flywaydb</groupId>
        <artifactId>flyway-maven-plugin</artifactId>
        <version>{version}</version>
        <configuration>
          <url>{url}</url>
          <user>{user}</user>
          <locations><location>filesystem:${{project.basedir}}/db/flyway</location></locations>
        </configuration>
        <dependencies>{deps}
        </dependencies>
      </plugin>"""

LIQUIBASE_PLUGIN = """      <plugin>
        <groupId>org.liquibase</groupId>
        <artifactId>liquibase-maven-plugin</artifactId>
        <version>{version}</version>
        <configuration>
          <url>{url}</url>
          <username>{user}</username>
          <changeLogFile>db/changelog.xml</changeLogFile>
          <searchPath>${{project.basedir}}</searchPath>
          <systemProperties>
            <liquibase.analytics.enabled>false</liquibase.analytics.enabled>
          </systemProperties>
        </configuration>
        <dependencies>{deps}
        </dependencies>
      </plugin>"""

LIQUIBASE_CHANGELOG = """<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
  <includeAll path="liquibase/" relativeToChangelogFile="true"/>
</databaseChangeLog>
"""

ALEMBIC_INI = """[alembic]
script_location = %(here)s
sqlalchemy.url = {url}
"""

ALEMBIC_ENV = """import os, sys
from alembic import context
sys.setrecursionlimit(20000)  # reflecting a chain of 300 foreign keys recurses deeper than Python's default 1000
from sqlalchemy import engine_from_config, pool

config = context.config
if {model}:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from model import metadata as target_metadata
else:
    target_metadata = None

connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                                 poolclass=pool.NullPool)
with connectable.connect() as connection:
    context.configure(connection=connection, target_metadata=target_metadata, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
"""

ALEMBIC_MAKO = '''"""${message}"""
from alembic import op
import sqlalchemy as sa
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
'''


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="1 timed run each, no PostgreSQL peers")
    p.add_argument("--runs", type=int, default=3, help="timed runs per measurement (default 3)")
    p.add_argument("--only", help="workloads to run, e.g. 1,4 (default all: 1,2,3,4,5,6)")
    p.add_argument("--no-peers", action="store_true", help="leave out Flyway, Liquibase and Alembic")
    p.add_argument("--no-pg-peers", action="store_true",
                   help="leave the peers out of workload 3 (Flyway alone takes about 6 minutes there)")
    p.add_argument("--liquibase-pg", action="store_true", help="add Liquibase to workload 3 (slow)")
    p.add_argument("--profile", action="store_true",
                   help="also run each migrate measurement once under JFR and print where its samples fall")
    p.add_argument("--experiments", action="store_true",
                   help="add workload 1's experiment: the plugin's start-up without Hibernate in its realm")
    p.add_argument("--work", default=str(BENCH / "work"), help="where workloads are generated (default bench/work)")
    args = p.parse_args()
    Bench(args).run()


if __name__ == "__main__":
    main()
