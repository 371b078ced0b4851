#!/usr/bin/env python3
"""Bad input against every operation in docs/openapi.json, generated from the document.

    python3 tests/hostile/bad_input_test.py path/to/banso path/to/docs/openapi.json

What it proves: for every path + method in the OpenAPI document (a new route gets all of this
without being listed here), each hostile or careless body below is answered with a 4xx whose
body is JSON naming a reason ({"error": {"code", "message", ...}}); never a 5xx, never a 2xx;
the server still answers /healthz afterwards; and nothing is written: every table's rows and
the event log's bytes are the same after the case as before it.

The cases (see bad_cases()): JSON nested 100,000 deep, and nested one level past the server's
limit of 32 (under the 32 KB a Segment message may take); 1e309; a number out of range in a field
the schema names, and an integer just past int64 in every integer field; a NUL (escaped and raw);
a lone surrogate (escaped) and raw invalid UTF-8; a duplicated key; an unknown key on an
otherwise plausible body; each top-level property with a value of the wrong JSON type; an
oversized body (2 MiB, or 65 MiB for routes that take files); a gzip bomb (~1 MB that inflates
to 1 GiB); a body cut short (Content-Length larger than what is sent, then the write side closed).
Operations without a requestBody get the body cases too: a body there is bad input in itself.

The "plausible" body a case is built on comes from the request schema (required properties,
enums, formats); for creating routes it is the body that worked while setting up fixtures, so
that the one thing wrong in a case is the thing the case is about. Path parameters get records
made while setting up (an id that exists), else the first item of the collection's list, else 1.
After a case that wrote, the records are made again (the case may have deleted one), so that one
failure does not hide the next. Read-only properties (readOnly in the schema) get no wrong-type
case: the server sets them, and OpenAPI has clients leave them out.

Every case is also sent without credentials (or with a wrong write key) to a sample: the public
operations, the write-key (Segment) operations, the first bearer operation of each method, and
routes that do not exist.

Adding an exclusion: put (METHOD, PATH, CASE) in EXCLUDED_CASES with the reason; "*" matches
any method or path, and a CASE ending in ":" matches every case of that family (e.g.
"wrong_type:"). Keep exclusions rare: each one is a hole in what the suite proves. Tables or
columns that change without a write by the request under test go in IGNORED_STATE, by name,
with the reason.

Each failure is printed on its own line (FAIL operation | case | status | what is wrong | body);
the last line counts operations, requests and failures; the exit status is 1 on any failure.
BAD_INPUT_VERBOSE=1 prints every answer. Standard library only; the server comes from
banso_server.py (a fresh SQLite database).
"""
import base64
import copy
import fnmatch
import hashlib
import itertools
import json
import os
import re
import select
import socket
import sqlite3
import sys
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from banso_server import BansoServer  # noqa: E402

# (METHOD, PATH, CASE) -> why the case is not bad input there. METHOD and PATH may be "*" or
# a shell pattern; a CASE ending in ":" stands for its whole family ("wrong_type:").
EXCLUDED_CASES = {
    ("POST", "/v1/*", "unknown_key"):
        "Segment compatibility: a message keeps the fields Banso does not read, in the event log "
        "as sent (SegmentMessage in the spec), and SDKs add their own keys to a batch's envelope",
}

# Stored state that changes without a write by the request under test: {table: columns}, where
# None means the whole table. Everything else must be byte-for-byte the same after a bad case.
IGNORED_STATE = {
    # Each use of an API token refreshes its last_used_at, at most once a minute.
    "api_tokens": {"last_used_at"},
    # The usage applier writes these from the event log alone, on its own thread, every 10 s
    # (written_at at every checkpoint, the rest as it catches up on events accepted earlier).
    # A request cannot write them but through the log, whose bytes are checked on every case.
    "usage_checkpoint": None,
    "usage_cells": None,
    "usage_adopters": None,
    "event_people": None,
    "event_aliases": None,
    "event_names": None,
    "event_groups": None,
    "event_sources": {"events_received", "last_event_at"},
    # The health engine rescores on its own thread after writes it reads from the audit log
    # (the fixtures' writes land there a moment before a case runs); a refused request writes
    # no audit entry, so it cannot cause a rescoring.
    "health_scores": None,
    "accounts": {"health_score_tenths", "health_band"},
    "health_snapshots": None,
    "health_band_changes": None,
}

NESTING_DEPTH = 100_000
NESTING_LIMIT = 32                    # the server refuses JSON nested deeper than this
OVERSIZED_JSON_BYTES = 2 << 20        # past the 1 MiB every JSON route takes
OVERSIZED_FILE_BYTES = 65 << 20       # past the 64 MiB the import routes take
BOMB_INFLATED_BYTES = 1 << 30         # a ~1 MB gzip body that inflates to 1 GiB of zeros
INT64_PAST_MAX = "9223372036854775808"
TRUNCATED_TIMEOUT_S = 5
REQUEST_TIMEOUT_S = 15

METHODS = ("get", "post", "put", "patch", "delete")
VERBOSE = bool(os.environ.get("BAD_INPUT_VERBOSE"))  # every answer, not only the failures


# -- the OpenAPI document -----------------------------------------------------------------------

class Operation:
    """One path + method of the document, with what the suite needs to know about it."""

    def __init__(self, spec, path, method, op, path_item_parameters=()):
        self.spec, self.path, self.method, self.op = spec, path, method.upper(), op
        security = op.get("security", spec.get("security", []))
        schemes = {name for requirement in security for name in requirement}
        self.public = not security
        self.write_key = "writeKey" in schemes
        parameters = [deref(spec, p) for p in list(path_item_parameters) + op.get("parameters", [])]
        self.params = {p["name"]: p for p in parameters if p.get("in") == "path"}
        content = (op.get("requestBody") or {}).get("content", {})
        self.has_body = bool(content)
        self.media_type = next(iter(content), "application/json")
        self.json_body = self.media_type.startswith("application/json") and self.has_body
        self.takes_files = self.has_body and (self.media_type.startswith("text/csv") or
                                              self.media_type.startswith("multipart/"))
        schema = content.get(self.media_type, {}).get("schema", {}) if content else {}
        self.schema = flatten_schema(spec, schema)

    @property
    def label(self):
        return "%s %s" % (self.method, self.path)

    def properties(self):
        return self.schema.get("properties", {})


def deref(spec, schema):
    while isinstance(schema, dict) and "$ref" in schema:
        node = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema or {}


def flatten_schema(spec, schema):
    """The schema with $ref followed and allOf merged: {type, properties, required, ...}."""
    schema = deref(spec, schema)
    if "allOf" not in schema:
        out = dict(schema)
        out["properties"] = {k: deref(spec, v) for k, v in schema.get("properties", {}).items()}
        return out
    out = {"type": "object", "properties": {}, "required": []}
    for part in schema["allOf"]:
        part = flatten_schema(spec, part)
        out["properties"].update(part.get("properties", {}))
        out["required"] += [r for r in part.get("required", []) if r not in out["required"]]
        for key, value in part.items():
            if key not in ("properties", "required"):
                out.setdefault(key, value)
    return out


def load_operations(spec_path):
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    return spec, [Operation(spec, path, method, op, item.get("parameters", []))
                  for path, item in spec["paths"].items()
                  for method, op in item.items() if method in METHODS]


def schema_type(schema):
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), None)
    return t


# -- raw HTTP ------------------------------------------------------------------------------------

class Answer:
    def __init__(self, status, headers, body, note=""):
        self.status, self.headers, self.body, self.note = status, headers, body, note

    def snippet(self, n=200):
        if self.status is None:
            return self.note
        text = self.body[:n].decode("utf-8", "replace").replace("\n", "\\n")
        return text + ("..." if len(self.body) > n else "")


def parse_response(data, at_eof=False):
    """(status, headers, body) once DATA holds a whole response (or, AT_EOF, whatever came after
    complete headers); else None."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = data[:end].decode("latin-1").split("\r\n")
    match = re.match(r"HTTP/\d\.\d (\d{3})", head[0])
    if not match:
        return (0, {}, data)
    status, headers = int(match.group(1)), {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    rest = data[end + 4:]
    if "content-length" in headers:
        length = int(headers["content-length"])
        if len(rest) >= length:
            return (status, headers, rest[:length])
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        body, pos = b"", 0
        while True:
            line_end = rest.find(b"\r\n", pos)
            if line_end < 0:
                break
            size = int(rest[pos:line_end].split(b";")[0] or b"0", 16)
            if size == 0:
                return (status, headers, body)
            if len(rest) < line_end + 2 + size + 2:
                break
            body += rest[line_end + 2:line_end + 2 + size]
            pos = line_end + 2 + size + 2
    return (status, headers, rest) if at_eof else None


def raw_request(port, method, path, headers=None, body=b"", content_length=None,
                close_write=False, timeout=REQUEST_TIMEOUT_S):
    """Sends one request on a fresh connection and reads the answer, writing and reading at once:
    a server that answers before it has read the whole body (413, 401, a body on GET) and then
    closes must still have its answer read. CONTENT_LENGTH overrides the true length (to cut a
    body short) and CLOSE_WRITE half-closes the connection after the last byte sent."""
    head = "%s %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n" % (method, path, port)
    all_headers = dict(headers or {})
    all_headers["Content-Length"] = str(len(body) if content_length is None else content_length)
    for name, value in all_headers.items():
        head += "%s: %s\r\n" % (name, value)
    out = memoryview(head.encode("latin-1") + b"\r\n" + body)
    sent, received, write_error = 0, b"", ""
    deadline = time.monotonic() + timeout
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        sock.setblocking(False)
        writing = True
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return Answer(None, {}, received, "no answer within %d s%s" % (timeout, write_error))
            readable, writable, _ = select.select([sock], [sock] if writing else [], [], min(left, 1.0))
            if writable:
                try:
                    sent += sock.send(out[sent:sent + (1 << 20)])
                except BlockingIOError:
                    pass
                except (BrokenPipeError, ConnectionResetError) as e:
                    writing, write_error = False, " (the server closed while we wrote: %s)" % e
                if writing and sent == len(out):
                    writing = False
                    if close_write:
                        sock.shutdown(socket.SHUT_WR)
            if readable:
                try:
                    chunk = sock.recv(1 << 16)
                except ConnectionResetError:
                    chunk = b""
                if chunk:
                    received += chunk
                    parsed = parse_response(received)
                    if parsed:
                        return Answer(*parsed)
                else:  # the server closed the connection
                    parsed = parse_response(received, at_eof=True)
                    if parsed:
                        return Answer(*parsed)
                    return Answer(None, {}, received, ("incomplete answer: %r" % received[:200]) if received
                                  else "connection closed without an answer" + write_error)
    finally:
        sock.close()


# -- what is stored ------------------------------------------------------------------------------

def stored_state(server):
    """A digest of every table's rows (less IGNORED_STATE) and the event log's total bytes."""
    db = sqlite3.connect("file:%s?mode=ro" % server.db_path, uri=True, timeout=10)
    try:
        digests = {}
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            ignored = IGNORED_STATE.get(table, ())
            if ignored is None:
                continue
            columns = [r[1] for r in db.execute('PRAGMA table_info("%s")' % table) if r[1] not in ignored]
            digest = hashlib.sha256()
            select_list = ", ".join('"%s"' % c for c in columns)
            order = ", ".join(str(i + 1) for i in range(len(columns)))  # a stable order of all rows
            for row in db.execute('SELECT %s FROM "%s" ORDER BY %s' % (select_list, table, order)):
                digest.update(repr(row).encode())
            digests[table] = digest.hexdigest()
    finally:
        db.close()
    return digests, event_log_bytes(server)


def event_log_bytes(server):
    total = 0
    for root, _, files in os.walk(server.db_path + "-events"):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def state_difference(before, after):
    tables = sorted(t for t in set(before[0]) | set(after[0]) if before[0].get(t) != after[0].get(t))
    parts = ["tables changed: " + ", ".join(tables)] if tables else []
    if before[1] != after[1]:
        parts.append("event log %d -> %d bytes" % (before[1], after[1]))
    return "; ".join(parts)


# -- plausible values from the schema -------------------------------------------------------------

PLAUSIBLE_PASSWORD = "Hostile-Plausible-Passw0rd-71"
_serial = itertools.count(1)  # unique emails and keys across fixture sets (a refresh makes more)
MISSING = object()


def path_segments(field):
    """"a.b[2].c" -> ["a", "b", 2, "c"]."""
    out = []
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", field or ""):
        out.append(int(part[1:-1]) if part.startswith("[") else part)
    return out


class Fixtures:
    """Records made through the API before the cases run, so that path ids exist and bodies are
    valid but for the one thing a case breaks. Each creating POST is sent with a body built from
    its schema and repaired as the server's refusals say (a missing field, an empty list, "one
    of A, B"), until it is accepted; the accepted body is the base of that operation's cases."""

    def __init__(self, server, spec, operations, learned=None):
        self.server, self.spec, self.operations = server, spec, operations
        self.by_route = {(o.method, o.path): o for o in operations}
        self.created = {}                    # collection path -> the created object (JSON)
        self.learned = dict(learned or {})   # (method, path) -> a body the server accepted
        self.accepted = set()                # (method, path) accepted in this set
        self.write_key_value = None

    def api(self, method, path, body=None, operation=None):
        """A JSON request with the operation's credentials: (status, parsed JSON or None)."""
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if data is not None else {}
        if operation is not None and operation.write_key:
            key = (self.write_key_value or "none") + ":"
            headers["Authorization"] = "Basic " + base64.b64encode(key.encode()).decode()
        elif operation is None or not operation.public:
            headers["Authorization"] = "Bearer " + self.server.admin_token
        status, _, raw = self.server.request(method, path, body=data, headers=headers)
        try:
            return status, json.loads(raw) if raw else None
        except ValueError:
            return status, None

    # -- path parameters: a record that exists, where we can find or make one --------------------
    def collection_item(self, collection):
        if collection in self.created:
            return self.created[collection]
        if ("GET", collection) in self.by_route and not self.by_route[("GET", collection)].public:
            status, page = self.api("GET", collection)
            if status == 200 and isinstance(page, dict) and page.get("data"):
                return page["data"][0]
        return None

    def path_for(self, operation):
        path = operation.path
        for match in re.finditer(r"\{([^}]+)\}", operation.path):
            name = match.group(1)
            schema = deref(self.spec, operation.params.get(name, {}).get("schema", {}))
            item = self.collection_item(operation.path[:match.start()].rstrip("/")) or {}
            if schema.get("enum"):
                value = schema["enum"][0]
            elif schema_type(schema) == "integer":
                value = item.get(name) if isinstance(item.get(name), int) else 1
            else:
                value = item.get(name) if isinstance(item.get(name), str) else "x"
            path = path.replace("{%s}" % name, str(value), 1)
        return path

    def current_version(self, operation, path):
        """The version of the record PATH names, for PATCH bodies (optimistic concurrency)."""
        if ("GET", operation.path) in self.by_route:
            status, item = self.api("GET", path)
            if status == 200 and isinstance(item, dict) and isinstance(item.get("version"), int):
                return item["version"]
        collection, record_id = path.rsplit("/", 1)
        if ("GET", operation.path.rsplit("/", 1)[0]) in self.by_route:
            status, page = self.api("GET", collection)
            for item in page.get("data", []) if status == 200 and isinstance(page, dict) else []:
                if str(item.get("id")) == record_id and isinstance(item.get("version"), int):
                    return item["version"]
        return 1

    # -- values -------------------------------------------------------------------------------------
    def reference(self, name, kind):
        """For account_id, csm_user_id, template_key, to_stage...: the id or key of a record we
        made, matched on the last word of its collection (accounts -> account)."""
        for collection, item in self.created.items():
            word = re.split(r"[-_/]", collection)[-1]
            word = word[:-1] if word.endswith("s") else word
            if kind == "integer" and name.endswith(word + "_id") and isinstance(item.get("id"), int):
                return item["id"]
            if kind == "string" and (name.endswith(word + "_key") or name.endswith(word)) \
                    and isinstance(item.get("key"), str):
                return item["key"]
        return None

    def value_for(self, name, schema):
        schema = deref(self.spec, schema)
        kind = schema_type(schema)
        ref = self.reference(str(name), kind)
        if ref is not None:
            return ref
        enum = [v for v in schema.get("enum", []) if v is not None]
        if enum:
            return enum[0]
        if kind == "string":
            fmt, name = schema.get("format"), str(name)
            if fmt == "date":
                return "2026-01-15"
            if fmt == "date-time":
                return "2026-01-15T09:00:00Z"
            if "email" in name:
                return "plausible-%d@hostile.example.com" % next(_serial)
            if "password" in name:
                return PLAUSIBLE_PASSWORD
            if name == "key" or name.endswith("_key") or schema.get("pattern"):
                return "plausible%d" % next(_serial)
            return "x" * max(1, schema.get("minLength", 1))
        if kind == "integer":
            return max(1, schema.get("minimum", 1))
        if kind == "number":
            return 1
        if kind == "boolean":
            return False
        if kind == "array":
            # One item when items have required properties (a batch's message), else none.
            items = deref(self.spec, schema.get("items", {}))
            return [self.item_for(items)] if items.get("required") else []
        if kind == "object":
            return {}
        return "x"

    def volatile(self, name, schema):
        """Values made afresh for every body: unique ones (emails, keys) and references."""
        value = self.value_for(name, schema)
        return value != self.value_for(name, schema) or self.reference(name, schema_type(schema)) is not None

    def plausible_body(self, operation, path):
        """A body the server accepts (learned while setting up), else one the schema calls
        valid: its required properties, and the current version on PATCH."""
        props = operation.properties()
        learned = self.learned.get((operation.method, operation.path))
        if learned is not None:
            body = copy.deepcopy(learned)
            for name in body:
                if self.volatile(name, props.get(name, {})):
                    body[name] = self.value_for(name, props.get(name, {}))
        else:
            body = {name: self.value_for(name, props.get(name, {}))
                    for name in operation.schema.get("required", [])}
        if operation.method == "PATCH" and ("version" in props or "version" in body):
            body["version"] = self.current_version(operation, path)
        return body

    def repair(self, operation, body, field, message):
        """Changes BODY as the server's refusal (FIELD, MESSAGE) asks; False if it cannot."""
        segments = path_segments(field)
        props = operation.properties()
        if not segments:
            return False
        if segments[0] not in props and segments[0] not in body:
            # A bare name from inside a list (a batch's message): the first item of that list.
            for name, schema in props.items():
                items = deref(self.spec, schema.get("items", {}))
                if schema_type(schema) == "array" and segments[0] in items.get("properties", {}):
                    segments = [name, 0] + segments
                    break
            else:
                return False
        container, schema = body, {"properties": props}
        for i, segment in enumerate(segments):
            last = i == len(segments) - 1
            if isinstance(segment, int):
                schema = deref(self.spec, schema.get("items", {}))
                if not isinstance(container, list):
                    return False
                while len(container) <= segment:
                    container.append(self.item_for(schema))
                if last:
                    return False
                container = container[segment]
                continue
            schema = deref(self.spec, schema.get("properties", {}).get(segment, {}))
            if not isinstance(container, dict):
                return False
            value = container.get(segment, MISSING)
            if last:
                choice = re.search(r"one of ([^,;:\s]+)", message or "")
                if value is MISSING:
                    container[segment] = self.value_for(segment, schema)
                elif value == []:
                    container[segment] = [self.item_for(deref(self.spec, schema.get("items", {})))]
                elif choice and value != choice.group(1).strip('"'):
                    container[segment] = choice.group(1).strip('"')
                else:
                    return False
                return True
            if value is MISSING:
                container[segment] = [] if schema_type(schema) == "array" else {}
            container = container[segment]
        return False

    def item_for(self, schema):
        if schema_type(schema) == "object" or "properties" in schema:
            props = schema.get("properties", {})
            return {name: self.value_for(name, props.get(name, {})) for name in schema.get("required", [])}
        return self.value_for("item", schema)

    def create_all(self):
        """Sends each creating POST (JSON body, credentials we have) until it is accepted. Two
        passes: later records need earlier ones (a contact needs an account)."""
        for _ in range(2):
            for operation in self.operations:
                key = (operation.method, operation.path)
                if operation.method != "POST" or not operation.json_body or operation.public:
                    continue
                if key in self.accepted:
                    continue
                path = self.path_for(operation)
                body = self.plausible_body(operation, path)
                for _attempt in range(16):
                    status, answer = self.api("POST", path, body, operation)
                    if 200 <= status < 300:
                        self.learned[key] = body
                        self.accepted.add(key)
                        if "{" not in operation.path and isinstance(answer, dict) and \
                                ("id" in answer or "key" in answer):
                            self.created[operation.path] = answer
                            if isinstance(answer.get("write_key"), str):
                                self.write_key_value = answer["write_key"]
                        break
                    error = (answer or {}).get("error") if isinstance(answer, dict) else None
                    if status != 400 or not isinstance(error, dict) or \
                            not self.repair(operation, body, error.get("field"), error.get("message")):
                        break

    def recreate(self, collection):
        """A new record in COLLECTION with the body learned for it; False if there is none."""
        operation = self.by_route.get(("POST", collection))
        if operation is None or ("POST", collection) not in self.learned:
            return False
        status, answer = self.api("POST", collection, self.plausible_body(operation, collection), operation)
        if not 200 <= status < 300 or not isinstance(answer, dict):
            return False
        self.created[collection] = answer
        if isinstance(answer.get("write_key"), str):
            self.write_key_value = answer["write_key"]
        return True

    def write_key(self):
        return self.write_key_value or "no-write-key"


# -- the cases ------------------------------------------------------------------------------------

RAW = "\x00raw\x00"  # stands for a value written into the JSON text as is


def json_text(body, raw_value=None):
    """BODY as JSON bytes, with the RAW marker replaced by RAW_VALUE (bytes) verbatim."""
    text = json.dumps(body, ensure_ascii=False).encode("utf-8")
    if raw_value is not None:
        text = text.replace(json.dumps(RAW).encode(), raw_value)
    return text


def wrong_value(schema):
    """A value of the wrong JSON type for SCHEMA; None when the schema names no type."""
    return {"string": {"zz": 1}, "integer": "12", "number": "1.5", "boolean": "true",
            "array": {"zz": 1}, "object": "zz"}.get(schema_type(schema))


def free_text_property(operation):
    """A string property without enum or format, where any text may go (else None)."""
    for name, schema in operation.properties().items():
        if schema_type(schema) == "string" and not schema.get("enum") and not schema.get("format") \
                and not schema.get("readOnly"):
            return name
    return None


def gzip_bomb():
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
    zeros = b"\0" * (1 << 20)
    parts = [packer.compress(zeros) for _ in range(BOMB_INFLATED_BYTES >> 20)]
    return b"".join(parts) + packer.flush()


class Case:
    def __init__(self, name, body, headers=None, content_length=None, close_write=False, timeout=None):
        self.name, self.body, self.headers = name, body, dict(headers or {})
        self.content_length, self.close_write = content_length, close_write
        self.timeout = timeout or REQUEST_TIMEOUT_S


def bad_cases(operation, plausible, bomb):
    """Every bad body for OPERATION, built on PLAUSIBLE (a dict the schema calls valid)."""
    props = operation.properties()
    writable = {n: s for n, s in props.items() if not s.get("readOnly")}
    text_field = free_text_property(operation) or "name"
    some_field = next(iter(plausible), None) or next(iter(writable), None) or "name"

    def with_value(name, value):
        body = copy.deepcopy(plausible)
        body[name] = value
        return body

    def with_raw(name, raw):
        return json_text(with_value(name, RAW), raw)

    def nested(depth):
        return b'{"%s": ' % some_field.encode() + b"[" * depth + b"]" * depth + b"}"

    cases = [
        Case("deep_nesting", nested(NESTING_DEPTH)),
        # Just past the limit, small enough for routes whose size limit comes first (32 KB).
        Case("nesting_past_limit", nested(NESTING_LIMIT)),
        Case("number_1e309", b'{"version":1e309}'),
    ]
    numeric = [n for n, s in writable.items() if schema_type(s) in ("integer", "number")]
    if numeric:
        cases.append(Case("number_out_of_range:" + numeric[0], with_raw(numeric[0], b"1e309")))
    for name in [n for n, s in writable.items() if schema_type(s) == "integer"]:
        cases.append(Case("integer_past_int64:" + name, with_raw(name, INT64_PAST_MAX.encode())))
    cases += [
        Case("nul_escaped:" + text_field, with_raw(text_field, b'"a\\u0000b"')),
        Case("nul_raw_byte:" + text_field, with_raw(text_field, b'"a\x00b"')),
        Case("lone_surrogate_escaped:" + text_field, with_raw(text_field, b'"a\\ud800b"')),
        Case("invalid_utf8_bytes:" + text_field, with_raw(text_field, b'"a\xed\xa0\x80b"')),
    ]
    # A key given twice: the plausible body with its first key repeated (another value).
    dup_name = next(iter(plausible), None)
    if dup_name is not None:
        text = json_text(plausible)
        dup_value = json.dumps(wrong_value(props.get(dup_name, {})) or "again").encode()
        cases.append(Case("duplicate_key:" + dup_name,
                          text[:-1] + b', "%s": %s}' % (dup_name.encode(), dup_value)))
    else:
        cases.append(Case("duplicate_key:a", b'{"a":1,"a":2}'))
    cases.append(Case("unknown_key", json_text(with_value("zz_unknown", 1))))
    # Read-only properties are the server's to set (OpenAPI: not sent in requests), so what a
    # client puts there is not asked of the server; every other property gets a wrong type.
    for name, schema in writable.items():
        value = wrong_value(schema)
        if value is not None:
            cases.append(Case("wrong_type:" + name, json_text(with_value(name, value))))
    if operation.takes_files:
        cases.append(Case("oversized_65MiB", b"name\n" + b"x" * OVERSIZED_FILE_BYTES, timeout=60))
    else:
        cases.append(Case("oversized_2MiB", json_text(with_value(text_field, "x" * OVERSIZED_JSON_BYTES))))
    cases.append(Case("gzip_bomb", bomb, {"Content-Encoding": "gzip"}))
    cases.append(Case("truncated_body", b'{"name": "ab', content_length=1000, close_write=True,
                      timeout=TRUNCATED_TIMEOUT_S))
    return cases


def excluded(operation, case_name):
    for (method, path, name), _reason in EXCLUDED_CASES.items():
        if not fnmatch.fnmatchcase(operation.method, method) or not fnmatch.fnmatchcase(operation.path, path):
            continue
        if name == case_name or (name.endswith(":") and case_name.startswith(name)):
            return True
    return False


# -- judging answers ------------------------------------------------------------------------------

def judge(answer):
    """Why ANSWER is wrong for bad input (None when it is a proper refusal)."""
    if answer.status is None:
        return "no answer"
    if not 400 <= answer.status < 500:
        return "status %d, expected 4xx" % answer.status
    try:
        body = json.loads(answer.body)
    except ValueError:
        return "4xx body is not JSON"
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or not isinstance(error.get("code"), str) \
            or not isinstance(error.get("message"), str) or not error["message"]:
        return "4xx body names no reason (want {\"error\": {\"code\", \"message\"}})"
    return None


class Run:
    def __init__(self, binary, spec_path):
        self.binary = binary
        self.spec, self.operations = load_operations(spec_path)
        self.failures = []
        self.sent = 0
        self.operations_run = 0
        self.bomb = gzip_bomb()
        self.server = self.fixtures = None
        self.learned = {}

    def fail(self, operation_label, case, answer, why):
        status = "-" if answer is None or answer.status is None else str(answer.status)
        snippet = "" if answer is None else answer.snippet()
        line = "FAIL %s | %s | status %s | %s | %s" % (operation_label, case, status, why, snippet)
        self.failures.append(line)
        print(line, flush=True)

    def start_server(self):
        if self.server:
            self.server.__exit__(None, None, None)
        self.server = BansoServer(self.binary).__enter__()
        self.refresh_fixtures()

    def refresh_fixtures(self):
        """A fresh set of records (after a case wrote: it may have deleted or changed one)."""
        self.fixtures = Fixtures(self.server, self.spec, self.operations, self.learned)
        self.fixtures.create_all()
        self.learned.update(self.fixtures.learned)

    def admin_intact(self):
        """The suite's own credentials still work and the admin is still an enabled admin: a bad
        case that changed them would make every later answer a 401 that proves nothing."""
        status, _, me = self.server.request("GET", "/api/v1/auth/me", token=self.server.admin_token)
        if status != 200:
            return False
        user = json.loads(me)["user"]
        return user.get("role") == "admin" and not user.get("disabled")

    def auth_headers(self, operation, authenticated):
        if operation.public:
            return {}
        if operation.write_key:
            key = self.fixtures.write_key() if authenticated else "wrong-write-key"
            return {"Authorization": "Basic " + base64.b64encode((key + ":").encode()).decode()}
        return {"Authorization": "Bearer " + self.server.admin_token} if authenticated else {}

    def cases_for(self, operation, fresh_parent=False):
        """(path, cases) with the records and bodies of the fixtures as they are now. FRESH_PARENT:
        a new record for the path first (an account without a hand-off yet, a source not yet
        revoked), so that the server has no other reason to refuse than the case itself."""
        if fresh_parent and "{" in operation.path and operation.method in ("POST", "PUT"):
            self.fixtures.recreate(operation.path.split("/{")[0])
        path = self.fixtures.path_for(operation)
        plausible = self.fixtures.plausible_body(operation, path) if operation.has_body else {}
        cases = bad_cases(operation, plausible, self.bomb)
        return path, [c for c in cases if not excluded(operation, c.name)]

    def run_operation(self, operation, authenticated):
        """Sends every case to OPERATION: each answer must be a JSON 4xx, the server must stay up,
        nothing may be stored. After a case that wrote, the next ones are built afresh (a new
        version, a record in place of one deleted), so that one failure does not hide another."""
        path, cases = self.cases_for(operation, fresh_parent=True)
        suffix = "" if authenticated else " [unauthenticated]"
        index, wrote = 0, False
        while index < len(cases):
            case = cases[index]
            label = operation.label + ("" if path == operation.path else " (as %s)" % path) + suffix
            before = stored_state(self.server)
            headers = {"Content-Type": operation.media_type}
            headers.update(self.auth_headers(operation, authenticated))
            headers.update(case.headers)
            try:
                answer = raw_request(self.server.port, operation.method, path, headers, case.body,
                                     case.content_length, case.close_write, case.timeout)
            except OSError as e:
                answer = Answer(None, {}, b"", "connection failed: %s" % e)
            self.sent += 1
            problems = [judge(answer)]
            if VERBOSE:
                print("  %s | %s | %s | %s" % (label, case.name, answer.status, answer.snippet(160)),
                      flush=True)
            if not self.server.alive():
                self.fail(label, case.name, answer, "; ".join(filter(None, problems + [
                    "the server stopped answering /healthz; log tail: " +
                    self.server.log_text()[-600:].replace("\n", " | ")])))
                self.start_server()  # a fresh one for the operations that follow
                return
            difference = state_difference(before, stored_state(self.server))
            if difference:
                problems.append("wrote: " + difference)
            if any(problems):
                self.fail(label, case.name, answer, "; ".join(filter(None, problems)))
            if difference:
                wrote = True
                if not self.admin_intact():
                    raise SystemExit("FAIL %s | %s | the case changed the suite's own admin or token; "
                                     "stopping, as every later answer would prove nothing"
                                     % (label, case.name))
                # The record may be gone (or revoked, or have its hand-off): a new one for the next.
                if "{" in operation.path and operation.method != "PATCH" and \
                        not self.fixtures.recreate(operation.path.split("/{")[0]):
                    self.refresh_fixtures()
                names = [c.name for c in cases]
                path, cases = self.cases_for(operation)
                if [c.name for c in cases] != names:
                    break
            index += 1
        if wrote:
            self.refresh_fixtures()  # a write may have reached other records (a cascade)

    def run(self):
        started = time.monotonic()
        self.start_server()
        try:
            for operation in self.operations:
                self.run_operation(operation, authenticated=True)
                self.operations_run += 1
            for operation in self.unauthenticated_sample():
                self.run_operation(operation, authenticated=False)
        finally:
            self.server.__exit__(None, None, None)
        elapsed = time.monotonic() - started
        print("bad_input: %d operations, %d bad requests sent (authenticated and not), %d failures, %.1f s" %
              (self.operations_run, self.sent, len(self.failures), elapsed))
        return 1 if self.failures else 0

    def unauthenticated_sample(self):
        """Operations to send every case to without credentials (or with a wrong write key): the
        public and write-key ones, the first bearer one of each method, and routes not there."""
        sample, first_of_method = [], set()
        for operation in self.operations:
            if operation.public or operation.write_key:
                sample.append(operation)
            elif operation.method not in first_of_method:
                first_of_method.add(operation.method)
                sample.append(operation)
        for method in METHODS:
            sample.append(Operation(self.spec, "/api/v1/nope", method, {"security": [{"bearer": []}]}))
        return sample


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[1])
        return 2
    return Run(sys.argv[1], sys.argv[2]).run()


if __name__ == "__main__":
    sys.exit(main())
