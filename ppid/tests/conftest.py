import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from cms.tests.factories import OrganisationUnitPageFactory, ProfilePageFactory

from .factories import InformationServiceReportPageFactory, PPIDIndexPageFactory, PublicInformationPageFactory


def make_document(title, collection=None):
    document = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(b"%PDF-1.4 demo"), save=False)
    document.save()
    return document


UNITS = {"sekretariat": "Sekretariat", "bidang-perlindungan-jaminan-sosial": "Bidang Perlindungan dan Jaminan Sosial",
         "bidang-penanganan-fakir-miskin": "Bidang Penanganan Fakir Miskin",
         "brspa": "Balai Rehabilitasi Sosial dan Pengasuhan Anak"}


@pytest.fixture
def org_units(home_page):
    """The profile page and four units under it, by slug (as the demo names them)."""
    profile = ProfilePageFactory(parent=home_page)
    return {slug: OrganisationUnitPageFactory(parent=profile, slug=slug, title=title) for slug, title in UNITS.items()}


@pytest.fixture
def ppid_tree(home_page, org_units):
    """A PPID index with one entry per KIP category over three years, and a yearly report."""
    units = org_units
    index = PPIDIndexPageFactory(parent=home_page, show_in_menus=True)
    document = make_document("Laporan Keuangan 2023")
    entries = {
        "berkala": PublicInformationPageFactory(
            parent=index, title="Laporan Keuangan 2023", category="berkala", year=2023,
            responsible_unit=units["sekretariat"], document=document,
            summary="Laporan realisasi anggaran Dinas Sosial DIY tahun 2023."),
        "serta-merta": PublicInformationPageFactory(
            parent=index, title="Peringatan Dini Bencana Erupsi Merapi", category="serta-merta", year=2024,
            responsible_unit=units["bidang-perlindungan-jaminan-sosial"], external_url="https://example.org/merapi",
            summary="Informasi lokasi pengungsian dan dapur umum saat erupsi."),
        "setiap-saat": PublicInformationPageFactory(
            parent=index, title="Daftar Penerima Rehabilitasi Rumah", category="setiap-saat", year=2025,
            responsible_unit=units["bidang-penanganan-fakir-miskin"],
            summary="Rekapitulasi penerima bantuan rehabilitasi sosial rumah tidak layak huni."),
        "dikecualikan": PublicInformationPageFactory(
            parent=index, title="Data Pribadi Anak Asuh Balai", category="dikecualikan", year=2024,
            responsible_unit=units["brspa"], summary="Identitas dan catatan kasus anak yang diasuh balai.",
            exemption_basis="UU 14/2008 Pasal 17 huruf h", exemption_consequence="Membuka rahasia pribadi anak.",
            exemption_period="Selama anak dalam pengasuhan"),
    }
    report = InformationServiceReportPageFactory(parent=index)
    return {"index": index, "entries": entries, "report": report, "document": document, "units": units}
