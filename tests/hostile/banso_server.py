"""A real `banso serve` on a fresh database, for tests that drive it from outside as a hostile or
careless client would. Shared by the suites in tests/hostile; standard library only.

    with BansoServer(banso_binary, backend="sqlite") as server:
        server.base_url, server.port, server.admin_token, server.db_url
        server.request("GET", "/healthz")       -> (status, headers, body bytes)
        server.alive()                          -> True while the process runs and /healthz is ok
        server.table_fingerprint(exclude=...)   -> {table: sha256 of its rows} (SQLite only)
"""
import hashlib
import http.client
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time

ADMIN_EMAIL = "admin@hostile.example.com"
ADMIN_PASSWORD = "hostile-test-password-1"


class BansoServer:
    def __init__(self, binary, backend="sqlite", extra_args=(), demo_accounts=0):
        self.binary = os.path.realpath(binary)
        self.backend = backend
        self.extra_args = list(extra_args)
        self.demo_accounts = demo_accounts
        self.work = tempfile.mkdtemp(prefix="banso-hostile.")
        self.process = None
        self.pg_database = None

    # -- lifetime -------------------------------------------------------------------------------
    def __enter__(self):
        if self.backend == "sqlite":
            self.db_path = os.path.join(self.work, "banso.db")
            self.db_url = "sqlite:" + self.db_path
        else:
            base = os.environ["BANSO_TEST_PG"]
            self.pg_database = "banso_hostile_%d_%d" % (os.getpid(), int(time.time() * 1000) % 10**9)
            subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", base, "-c",
                            "CREATE DATABASE " + self.pg_database], check=True, capture_output=True)
            self.db_url = base.rsplit("/", 1)[0] + "/" + self.pg_database
        if self.demo_accounts:
            self.cli("demo", "--accounts", str(self.demo_accounts), "--seed", "7")
        self.log_path = os.path.join(self.work, "serve.log")
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [self.binary, "--db", self.db_url, "serve", "--host", "127.0.0.1", "--port", "0",
             "--web-root", os.path.join(self.work, "no-web"), "--admin-email", ADMIN_EMAIL,
             "--admin-password", ADMIN_PASSWORD] + self.extra_args,
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("banso serve exited during start-up:\n" + self.log_text())
            match = re.search(r"Banso is running at http://127\.0\.0\.1:(\d+)", self.log_text())
            if match:
                self.port = int(match.group(1))
                self.base_url = "http://127.0.0.1:%d" % self.port
                if self.alive():
                    break
            time.sleep(0.1)
        else:
            raise RuntimeError("banso serve did not answer /healthz within 60 s")
        self.admin_token = self.cli("token", "create", "--email", ADMIN_EMAIL, "--name", "hostile").strip()
        return self

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        if self.pg_database:
            subprocess.run(["psql", "-q", os.environ["BANSO_TEST_PG"], "-c",
                            "DROP DATABASE IF EXISTS %s WITH (FORCE)" % self.pg_database],
                           capture_output=True)
        if os.environ.get("KEEP_WORK"):
            print("work directory kept:", self.work)
        else:
            shutil.rmtree(self.work, ignore_errors=True)
        return False

    def log_text(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def cli(self, *args):
        """Runs `banso --db DB ARGS...` and returns its standard output; raises on failure."""
        done = subprocess.run([self.binary, "--db", self.db_url] + list(args), capture_output=True)
        if done.returncode != 0:
            raise RuntimeError("banso %s failed: %s" % (" ".join(args), done.stderr.decode()))
        return done.stdout.decode()

    def create_user(self, email, role, password="hostile-test-password-2"):
        """A staff user with ROLE and an API token for them; returns the token."""
        self.cli("user", "create", "--email", email, "--name", email.split("@")[0], "--role", role,
                 "--password", password)
        return self.cli("token", "create", "--email", email, "--name", "hostile").strip()

    # -- requests -------------------------------------------------------------------------------
    def request(self, method, path, body=None, headers=None, token=None, timeout=10):
        """One request on a new connection: (status, lower-cased headers dict, body bytes)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            all_headers = dict(headers or {})
            if token is not None:
                all_headers.setdefault("Authorization", "Bearer " + token)
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            return (response.status, {k.lower(): v for k, v in response.getheaders()},
                    response.read())
        finally:
            conn.close()

    def alive(self):
        if self.process is None or self.process.poll() is not None:
            return False
        try:
            status, _, _ = self.request("GET", "/healthz", timeout=5)
            return status == 200
        except OSError:
            return False

    def rss_bytes(self, field="VmRSS"):
        """The server's resident memory now (Linux /proc); field="VmHWM" for its high-water mark so
        far, which catches a peak between samples."""
        with open("/proc/%d/status" % self.process.pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
        return 0

    # -- what is stored -------------------------------------------------------------------------
    def table_fingerprint(self, exclude=()):
        """A hash of every row of every table (SQLite): equal before and after means nothing was
        written. EXCLUDE names tables that change without a write by the request under test."""
        assert self.backend == "sqlite", "table_fingerprint reads the SQLite file"
        db = sqlite3.connect("file:%s?mode=ro" % self.db_path, uri=True, timeout=10)
        try:
            tables = [r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            result = {}
            for table in tables:
                if table in exclude:
                    continue
                digest = hashlib.sha256()
                for row in db.execute('SELECT * FROM "%s" ORDER BY 1' % table):
                    digest.update(repr(row).encode())
                result[table] = digest.hexdigest()
            return result
        finally:
            db.close()
