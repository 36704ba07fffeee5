"""The demo PPID section: the index, its procedures and maklumat, entries in all four KIP
categories over several years (with small example PDF documents), and one yearly report.

`ensure_ppid` builds the Indonesian pages; `translate_ppid` makes their English versions
through wagtail-localize (demo/translations.py), after the English home page exists.
"""

import datetime
import hashlib

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.models import StandardPage
from ppid.models import InformationServiceReportPage, PPIDIndexPage, PublicInformationPage, RefusalReason

from .builder import ensure_page, list_items, morning, stream
from .ppid_data import ENTRIES, INDEX, LEGAL_BASIS, PROCEDURES, REPORT
from .translations import existing_translation, translate

PUBLISHED = datetime.date(2025, 1, 6)


def _pdf(text):
    """A one-page PDF showing `text` (ASCII), small and valid, built without a PDF library."""
    stream_data = f"BT /F1 14 Tf 56 780 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream_data) + stream_data + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def ensure_document(slug, title):
    """The demo's example document for `slug`, found by its title; created once."""
    Document = get_document_model()
    title = f"{title} (contoh)"
    document = Document.objects.filter(title=title).first()
    if document is None:
        data = _pdf(f"CONTOH / DEMO - {slug}")
        document = Document(title=title, collection=Collection.get_first_root_node(), file_size=len(data),
                            file_hash=hashlib.sha1(data).hexdigest())
        document.file.save(f"ppid-{slug}.pdf", ContentFile(data), save=False)
        document.save()
    return document


def _index():
    return PPIDIndexPage(title=INDEX["title"], intro=INDEX["intro"], show_in_menus=True,
                         body=stream("ppid-index", [
                             (kind, {**value, "facts": list_items("ppid-facts", value["facts"])})
                             if kind == "key_facts" else (kind, value) for kind, value in INDEX["body"]]))


def _entry(units, slug, title, category, year, unit, summary, has_document, external_url, extra):
    return PublicInformationPage(
        title=title, category=category, year=year, responsible_unit=units.get(unit), summary=summary,
        document=ensure_document(slug, title) if has_document else None, external_url=external_url,
        legal_basis=stream(f"ppid-{slug}-legal", [("regulation", {"title": name, "about": about, "document": None})
                                                 for name, about in LEGAL_BASIS]),
        **extra)


def _report():
    data = REPORT
    return InformationServiceReportPage(
        title=data["title"], year=data["year"], summary=data["summary"],
        requests_received=data["requests_received"], granted_in_full=data["granted_in_full"],
        granted_in_part=data["granted_in_part"], refused=data["refused"], average_days=data["average_days"],
        objections=data["objections"], disputes=data["disputes"], body=stream("ppid-report", data["body"]),
        refusal_reasons=[RefusalReason(reason=reason, count=count, sort_order=i)
                         for i, (reason, count) in enumerate(data["reasons"])],
    )


def ensure_ppid(home, units, stats):
    """The Indonesian PPID section; returns its pages by demo slug (the index under "index").

    Entries name their unit by its demo slug (`units`, the loader's demo units; none when the
    profile is someone else's)."""
    when = morning(PUBLISHED)
    index = ensure_page(home, INDEX["slug"], _index, stats, "PPID pages", published_at=when)
    pages = {"index": index}
    for data in PROCEDURES:
        pages[data["slug"]] = ensure_page(
            index, data["slug"], lambda data=data: StandardPage(
                title=data["title"], intro=data["intro"], body=stream(f"ppid-{data['slug']}", data["body"])),
            stats, "PPID pages", published_at=when)
    pages[REPORT["slug"]] = ensure_page(index, REPORT["slug"], _report, stats, "PPID pages",
                                        published_at=morning(datetime.date(2026, 1, 15)))
    for entry in ENTRIES:
        slug, year = entry[0], entry[3]
        # Published early in the year after the one the information covers.
        pages[slug] = ensure_page(index, slug, lambda entry=entry: _entry(units, *entry), stats, "PPID pages",
                                  published_at=morning(datetime.date(min(year + 1, 2026), 1, 15)))
    return pages


def translate_ppid(home, pages, stats):
    """English versions of the PPID pages, when the English home page exists (the demo's own)."""
    if existing_translation(home, _english()) is None:
        return
    for key in ("index", *(key for key in pages if key != "index")):
        translate(pages[key], _english(), stats, "English PPID pages")


def _english():
    from wagtail.models import Locale

    return Locale.objects.get_or_create(language_code="en")[0]
