"""The demo SKM page: two semesters of satisfaction survey results (figures invented for the demo)."""

import datetime
from decimal import Decimal

from wagtail.models import Locale

from survey.models import Half, SurveyPeriod, SurveyResultsPage

from .builder import ensure_page, morning, paragraphs

SLUG = "survei-kepuasan-masyarakat"
TITLE = "Survei Kepuasan Masyarakat"
INTRO = ("Hasil Survei Kepuasan Masyarakat (SKM) atas layanan Dinas Sosial DIY per semester. "
         "Angka di halaman ini adalah data contoh untuk demo.")
METHOD = paragraphs(
    "Survei dilakukan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan "
    "Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.",
    "Responden adalah penerima layanan yang dipilih secara acak di kantor dinas dan balai. Mereka mengisi "
    "kuesioner sembilan unsur pelayanan dengan skala 1 sampai 4, di atas kertas atau lewat tautan daring.",
)
# (year, half, respondents, U1…U9, follow-up actions one per line)
PERIODS = (
    (2025, Half.FIRST, 384, ("3.28", "3.21", "3.05", "3.92", "3.30", "3.35", "3.52", "3.02", "3.10"),
     "Menyederhanakan alur pengaduan: setiap pengaduan mendapat nomor dan dijawab paling lama lima hari kerja.\n"
     "Memasang papan jadwal dan perkiraan waktu layanan di ruang tunggu."),
    (2025, Half.SECOND, 402, ("3.34", "3.29", "3.18", "3.94", "3.36", "3.41", "3.57", "3.15", "3.16"),
     "Menambah kursi roda dan jalur landai di ruang layanan balai.\n"
     "Melatih petugas layanan tentang penanganan pengaduan secara berkala."),
)


def _build():
    periods = [
        SurveyPeriod(year=year, half=half, respondents=respondents, follow_up=follow_up, sort_order=i,
                     **{f"u{n}": Decimal(score) for n, score in enumerate(scores, start=1)})
        for i, (year, half, respondents, scores, follow_up) in enumerate(PERIODS)
    ]
    return SurveyResultsPage(title=TITLE, intro=INTRO, method=METHOD, show_in_menus=False, periods=periods)


def ensure_survey(home, stats):
    return ensure_page(home, SLUG, _build, stats, "survey pages", published_at=morning(datetime.date(2026, 1, 15)))


def translate_survey(page, stats):
    """The English version, once the English home page exists (the demo's translations made it)."""
    from .translations import existing_translation, translate

    locale = Locale.objects.get(language_code="en")
    if existing_translation(page.get_parent(), locale) is None:
        stats.add("English pages", created=False)
        return None
    return translate(page, locale, stats, "English pages")
