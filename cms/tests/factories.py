"""Factories for the site's page types; every page is created published and under its real parent."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from news.models import AuthorIndexPage, AuthorPage, Category, NewsIndexPage, NewsPage, NewsPageAuthor
from organisation.models import OrganisationUnitPage, ProfilePage
from programmes.models import ProgrammeIndexPage, ProgrammePage, ServiceLocation
from services.models import ServiceIndexPage, ServicePage


def default_locale():
    return Locale.get_default()


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Kategori {n}")
    slug = factory.Sequence(lambda n: f"kategori-{n}")
    locale = factory.LazyFunction(default_locale)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Berita"
    slug = "berita"


class AuthorIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AuthorIndexPage

    title = "Penulis"
    slug = "penulis"


class AuthorPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AuthorPage

    title = factory.Sequence(lambda n: f"Penulis {n}")
    role = "Pekerja Sosial di BRSPA DIY"
    bio = "Menulis tentang layanan sosial keluarga."


class ProgrammeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProgrammeIndexPage

    title = "Program"
    slug = "program"


class ProgrammePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProgrammePage

    title = "Lembaga Konsultasi Kesejahteraan Keluarga"
    short_name = "LK3"
    full_name = "Lembaga Konsultasi Kesejahteraan Keluarga"
    summary = "Layanan konsultasi keluarga tanpa biaya."


class ServiceLocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceLocation

    name = factory.Sequence(lambda n: f"LK3 Lokasi {n}")
    regency = "sleman"
    address = "Jl. Contoh No. 1"


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ServiceIndexPage

    title = "Layanan"
    slug = "layanan"


def _rich(text):
    return f"<p>{text}</p>"


class ServicePageFactory(wagtail_factories.PageFactory):
    """A service with all 14 components of its standard filled in (free of charge)."""

    class Meta:
        model = ServicePage

    title = factory.Sequence(lambda n: f"Layanan konsultasi keluarga {n}")
    summary = "Konsultasi masalah keluarga bersama konselor LK3."
    requirements = factory.LazyFunction(lambda: [("requirement", {"title": "KTP-el pemohon", "note": ""})])
    procedure = factory.LazyFunction(lambda: [
        ("step", {"title": "Datang ke kantor LK3", "description": "Petugas mencatat data pemohon."}),
        ("step", {"title": "Sesi konseling", "description": "Konselor mendampingi keluarga."}),
    ])
    processing_time_value = 3
    processing_time_unit = "working_days"
    product = "Catatan hasil konseling dan rencana tindak lanjut"
    complaints = _rich("Sampaikan lewat SP4N-LAPOR! atau telepon layanan.")
    legal_basis = factory.LazyFunction(lambda: [
        ("regulation", {"title": "UU No. 11 Tahun 2009", "about": "Kesejahteraan Sosial", "document": None})])
    facilities = _rich("Ruang konseling tertutup.")
    facilities_vulnerable = _rich("Kursi roda dan jalur landai.")
    competence = _rich("Konselor bersertifikat.")
    internal_supervision = _rich("Kepala bidang memeriksa laporan bulanan.")
    staff_count = 3
    service_guarantee = _rich("Layanan diberikan sesuai standar.")
    safety_guarantee = _rich("Data pemohon dirahasiakan.")
    performance_evaluation = _rich("Evaluasi kinerja setiap semester.")


class ProfilePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProfilePage

    title = "Profil"
    slug = "profil"
    vision = "Terwujudnya kesejahteraan sosial masyarakat DIY."
    missions = factory.LazyFunction(lambda: [("mission", "Meningkatkan pelayanan sosial.")])
    duties = _rich("Melaksanakan urusan pemerintahan bidang sosial.")
    head_name = "Kepala Dinas Contoh"


class OrganisationUnitPageFactory(wagtail_factories.PageFactory):
    """A unit (a balai by default) under a ProfilePage or another unit: pass `parent`."""

    class Meta:
        model = OrganisationUnitPage

    title = factory.Sequence(lambda n: f"Balai Contoh {n}")
    kind = OrganisationUnitPage.Kind.TECHNICAL_UNIT
    summary = "Unit contoh."


class NewsPageFactory(wagtail_factories.PageFactory):
    """A news post with one author; pass `authors=[...]` to choose them."""

    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Berita nomor {n}")
    summary = "Ringkasan berita."
    publication_date = datetime.date(2013, 1, 4)
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Isi berita.</p>")])

    @classmethod
    def _create(cls, model_class, *args, authors=None, **kwargs):
        page = model_class(*[], **{k: v for k, v in kwargs.items() if k != "parent"})
        for author in authors or []:
            page.authors.add(NewsPageAuthor(author=author))
        parent = kwargs.get("parent")
        parent.add_child(instance=page)
        return page


__all__ = [
    "CategoryFactory", "NewsIndexPageFactory", "AuthorIndexPageFactory", "AuthorPageFactory",
    "ProgrammeIndexPageFactory", "ProgrammePageFactory", "ServiceLocationFactory", "NewsPageFactory",
    "ServiceIndexPageFactory", "ServicePageFactory",
    "HomePage", "StandardPage",
]
