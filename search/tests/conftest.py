"""One search test suite for every backend.

``search_backend`` runs each test on the database backend (SQLite or PostgreSQL, whichever
DATABASE_URL selects for the run) and on the real OpenSearch node named by SEARCH_URL, through
the root conftest's ``search_engine`` fixture: without SEARCH_URL the engine variant is
skipped; with REQUIRE_ENGINE=1 (as in `make test`) a missing or unreachable engine FAILS the
test instead. The engine's indexes belong to the test module and are dropped after each test.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from bench.search.loader import index_corpus
from cms.tests import factories as f


@dataclass
class BackendUnderTest:
    kind: str
    backend: object
    fallback: object | None
    prefix: str = ""

    def rebuild(self):
        """Make sure every page is in the backend under test.

        The database backend is kept current by Wagtail's save signals already; the engine's
        page index is rebuilt (with its mapping) like `update_index` would.
        """
        if self.kind == "engine":
            index_corpus(self.backend)
            self.refresh()

    def refresh(self):
        if self.kind == "engine":
            from wagtail.models import Page

            self.backend.get_index_for_model(Page).refresh()


@pytest.fixture(autouse=True)
def _clear_search_caches():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(params=["database", "engine"])
def search_backend(request, settings, db):
    if request.param == "database":
        yield BackendUnderTest("database", get_search_backend("default"), None)
        return
    engine = request.getfixturevalue("search_engine")
    under_test = BackendUnderTest("engine", engine.use(settings), get_search_backend("database"), engine.prefix)
    yield under_test
    engine.drop_indexes()


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def corpus(site_tree):
    """A handful of pages written to exercise morphology, acronyms and ranking."""
    news_index = site_tree["news_index"]
    author = site_tree["author"]

    def news(title, summary, body, date=datetime.date(2024, 5, 1), **kwargs):
        return f.NewsPageFactory(parent=news_index, authors=[author], title=title, summary=summary,
                                 body=[("paragraph", f"<p>{body}</p>")], publication_date=date, **kwargs)

    pages = {
        "lk3": site_tree["programme"],
        "bantuan": news("Penyaluran bantuan sosial untuk lansia di Sleman",
                        "Dinas Sosial menyalurkan bantuan kepada warga lanjut usia.",
                        "Sebanyak 300 lansia menerima paket sembako."),
        "membantu": news("Relawan membantu korban banjir", "Warga dibantu relawan saat banjir melanda.",
                         "Tim tanggap darurat bergerak cepat."),
        "konseling": news("Layanan konseling keluarga dibuka setiap hari",
                          "Pelayanan konsultasi gratis bagi keluarga.",
                          "Keluarga dapat berkonsultasi dengan psikolog."),
        "body_only": news("Kegiatan rutin bulan Mei", "Agenda kegiatan dinas.",
                          "Di akhir acara dibahas juga kesejahteraan sosial warga."),
        "title_match": news("Kesejahteraan sosial warga desa meningkat", "Laporan tahunan.",
                            "Data terbaru dari lapangan.", date=datetime.date(2020, 1, 1)),
        "kdrt": news("Pendampingan korban kekerasan dalam rumah tangga",
                     "Perlindungan bagi perempuan dan anak.", "Hubungi layanan pengaduan."),
        "pkh": news("Pencairan PKH tahap kedua", "Penerima PKH diminta membawa kartu.",
                    "Penyaluran dilakukan melalui bank."),
    }
    return {**site_tree, **pages}
