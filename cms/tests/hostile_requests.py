"""A hostile visitor's toolkit for cms/tests/test_hostile_crawler.py: a link crawler, the hostile
variants of an address, and a raw HTTP sender that puts exactly the given bytes on the wire
(http.client would refuse or re-encode most of what a scanner actually sends).
"""

import html
import re
import socket
import urllib.parse
from dataclasses import dataclass, field

# Anything in an attribute that looks like a path on this site: links, images, form actions
# and the data-* addresses the scripts use (autocomplete, view beacon, comment token).
LOCAL_ADDRESS = re.compile(r'(?:href|src|action|srcset|data-[\w-]+)="(/[^"\s]*)', re.IGNORECASE)
XML_LOCATION = re.compile(r"<(?:loc|link)>\s*https?://[^/<]+(/[^<\s]*)\s*</(?:loc|link)>")
FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.IGNORECASE | re.DOTALL)
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')


@dataclass
class Answer:
    status: int  # 0: the connection closed without any answer
    head: str = ""
    body: bytes = b""


@dataclass
class Form:
    action: str
    method: str
    fields: dict = field(default_factory=dict)


def send(host, port, raw, source="127.0.0.1", timeout=30):
    """Send `raw` (bytes, a whole request) and read the answer until the server closes."""
    with socket.create_connection((host, port), timeout=timeout, source_address=(source, 0)) as sock:
        try:
            sock.sendall(raw)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before reading a large request: read its answer
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    data = b"".join(chunks)
    head, _, body = data.partition(b"\r\n\r\n")
    match = re.match(rb"HTTP/1\.[01] (\d{3})", head)
    return Answer(int(match.group(1)) if match else 0, head.decode("latin-1"), body)


def request(method, target, headers=(), body=b"", host="127.0.0.1"):
    """The bytes of one HTTP/1.1 request; `target` and header values may be str or raw bytes."""
    def raw(value):
        return value if isinstance(value, bytes) else value.encode("latin-1")

    lines = [raw(method) + b" " + raw(target) + b" HTTP/1.1"]
    names = {name.lower() for name, _ in headers}
    if "host" not in names:
        lines.append(b"Host: " + raw(host))
    lines += [raw(name) + b": " + raw(value) for name, value in headers]
    if body or method in ("POST", "PUT", "PATCH"):
        if "content-length" not in names:
            lines.append(b"Content-Length: " + str(len(body)).encode())
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def local_addresses(text):
    """Site paths named in an HTML page or an XML feed/sitemap, fragments dropped."""
    found = [html.unescape(m) for m in LOCAL_ADDRESS.findall(text)] + XML_LOCATION.findall(text)
    addresses = []
    for address in found:
        for part in address.split(","):  # srcset lists "url width" pairs
            part = part.strip().split(" ")[0].split("#")[0]
            if part.startswith("/") and not part.startswith("//"):
                addresses.append(part)
    return addresses


def forms(text):
    """The forms of a page, each with its fields' names and default values."""
    found = []
    for attributes, inner in FORM.findall(text):
        attrs = dict(ATTRIBUTE.findall(attributes))
        fields = {}
        for tag in re.findall(r"<(?:input|textarea|select)\b[^>]*>", inner, re.IGNORECASE):
            tag_attrs = dict(ATTRIBUTE.findall(tag))
            if "name" in tag_attrs:
                fields[tag_attrs["name"]] = html.unescape(tag_attrs.get("value", ""))
        action = html.unescape(attrs.get("action", "")) or None
        found.append(Form(action=action, method=attrs.get("method", "get").upper(), fields=fields))
    return found


def pattern(address):
    """One key per kind of address: digits and slugs collapsed, query names kept."""
    path, _, query = address.partition("?")
    segments = [re.sub(r"\d+", "N", s) if re.fullmatch(r"[\dN-]+|\d+", s) else ("S" if i > 1 else s)
                for i, s in enumerate(path.split("/"))]
    names = sorted({pair.split("=")[0] for pair in query.split("&") if pair})
    return "/".join(segments) + ("?" + "&".join(names) if names else "")


LONG = 3_000
TOO_LONG = 9_000  # beyond nginx's 8 KB request-line buffer: 414


def address_variants(address):
    """Hostile GET targets built from one address: (label, raw target bytes)."""
    path, _, query = address.partition("?")
    q = ("&" + query) if query else ""
    first_number = re.search(r"\d+", path)
    variants = [
        ("NUL in path", path + "%00/"),
        ("NUL in query", f"{path}?q=%00{q}"),
        ("escape in query", f"{path}?page=%1b%5b2J{q}"),
        ("invalid UTF-8 in path", path + "%ff%fe%c3/"),
        ("raw invalid UTF-8 in path", path.encode() + b"\xff\xc3(/"),
        ("invalid UTF-8 in query", f"{path}?q=%ff%c3%28&%fe=1{q}"),
        ("raw invalid UTF-8 in query", path.encode() + b"?q=\xff\xfe"),
        ("over-long path", path + "x" * LONG + "/"),
        ("over-long query", f"{path}?q={'bansos+' * (LONG // 7)}{q}"),
        ("request line beyond 8 KB", path + "?q=" + "y" * TOO_LONG),
        ("repeated params", f"{path}?{'&'.join(['page=2', 'q=a'] * 200)}"),
        ("page=-1", f"{path}?page=-1{q}"),
        ("page=0", f"{path}?page=0{q}"),
        ("page huge", f"{path}?page=99999999999999999999999999{q}"),
        ("page=abc", f"{path}?page=abc{q}"),
        ("page float", f"{path}?page=1e308{q}"),
        ("traversal", path + "../../../../etc/passwd"),
        ("encoded traversal", path + "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        ("encoded slash traversal", path + "..%2f..%2f..%2fcms%2fsettings%2fbase.py"),
        ("SQL-ish", f"{path}?q=%27%20OR%201%3D1--&id=1%3BDROP%20TABLE%20x{q}"),
        ("XSS-ish", f"{path}?q=%3Cscript%3Ealert(1)%3C/script%3E&next=javascript:alert(1){q}"),
        ("year/month/tag junk", f"{path}?year=-5&month=13&tag=%25%25&kategori=%27&sort=%3C&type=zzz{q}"),
        ("non-ASCII query", f"{path}?q=%E2%80%AE%F0%9F%98%80%D9%A1{q}"),
    ]
    if first_number:
        start, end = first_number.span()
        for label, number in (("huge id", "9" * 30), ("int64+1 id", str(2**63)), ("negative id", "-1"),
                              ("Arabic-digit id", "%D9%A1%D9%A2"), ("zero id", "0")):
            variants.append((label, path[:start] + number + path[end:] + ("?" + query if query else "")))
    return [(label, target if isinstance(target, bytes) else target.encode()) for label, target in variants]


def header_variants():
    """Hostile headers for an ordinary GET: (label, method, headers)."""
    return [
        ("HEAD", "HEAD", ()),
        ("OPTIONS", "OPTIONS", ()),
        ("PUT", "PUT", ()),
        ("DELETE", "DELETE", ()),
        ("TRACE", "TRACE", ()),
        ("PATCH", "PATCH", ()),
        ("made-up method", "PROPFIND", ()),
        ("foreign Host", "GET", (("Host", "evil.example"),)),
        ("malformed Host", "GET", (("Host", "a b<>:99999"),)),
        ("Host with NUL escape", "GET", (("Host", "127.0.0.1%00"),)),
        ("garbage session cookie", "GET", (("Cookie", "sessionid=zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"),)),
        ("NUL in session cookie", "GET", (("Cookie", 'sessionid="\\000aaaaaaaaaaaaaaaaaaaaaaaa"'),)),
        ("NUL in language cookie", "GET", (("Cookie", 'django_language="\\000en"; csrftoken="\\000"'),)),
        ("huge cookie", "GET", (("Cookie", "a=" + "c" * 6_000),)),
        ("broken cookie syntax", "GET", (("Cookie", ';;=;"""; sessionid; =x; \\\\'),)),
        ("malformed Range", "GET", (("Range", "bytes=9999999-1"),)),
        ("Range garbage", "GET", (("Range", "bytes=abc-,-"),)),
        ("many Ranges", "GET", (("Range", "bytes=" + ",".join(["0-0"] * 300)),)),
        ("non-ASCII header", "GET", (("Accept-Language", "\xff\xfe;q=\x80"),)),
        ("odd Accept-Language", "GET", (("Accept-Language", "xx-" + "y" * 500 + ";q=abc"),)),
        ("If-Modified-Since garbage", "GET", (("If-Modified-Since", "yesterday at noon"),)),
    ]


def post_variants(fields):
    """Forged or broken POST bodies for a form: (label, headers, body)."""
    form = urllib.parse.urlencode(fields).encode()
    urlencoded = ("Content-Type", "application/x-www-form-urlencoded")
    boundary = "----crawler"
    multipart = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nSri\r\n"
                 f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x.php\"\r\n"
                 "Content-Type: application/x-php\r\n\r\n<?php echo 1; ?>\r\n").encode()  # no closing boundary
    return [
        ("forged POST (no CSRF token)", (urlencoded,), form),
        ("forged POST (wrong CSRF token)", (urlencoded, ("Cookie", "csrftoken=" + "a" * 32),
                                            ("X-CSRFToken", "b" * 32)), form + b"&csrfmiddlewaretoken=" + b"b" * 64),
        ("forged POST with a foreign Origin", (urlencoded, ("Origin", "https://evil.example")), form),
        ("empty POST", (urlencoded,), b""),
        ("malformed urlencoded", (urlencoded,), b"%%%&&==&a=%zz&\xff\xfe=\x00"),
        ("NUL in a field", (urlencoded,), b"name=%00&body=%00%00&token=%00&parent=%00"),
        ("huge field", (urlencoded,), b"body=" + b"x" * 200_000),
        ("multipart without boundary", (("Content-Type", "multipart/form-data"),), form),
        ("truncated multipart", (("Content-Type", f"multipart/form-data; boundary={boundary}"),), multipart),
        ("multipart with a bogus charset", (("Content-Type", f"multipart/form-data; boundary={boundary}; "
                                                              "charset=x-bogus"),), multipart),
        ("bogus charset", (("Content-Type", "application/x-www-form-urlencoded; charset=x-bogus"),), form),
        ("JSON body", (("Content-Type", "application/json"),), b'{"name": [1, {"$gt": ""}]'),
        ("XML body", (("Content-Type", "text/xml"),),
         b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'),
        ("no Content-Type", (), form),
        ("Content-Length shorter than the body", (urlencoded, ("Content-Length", "3")), form),
    ]
