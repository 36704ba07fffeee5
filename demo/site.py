"""The site frame: categories, section pages, the profile page, home page and site settings."""

from wagtail.models import Locale

from home.models import (
    HomePage,
    HomeProgrammeHighlight,
    SiteSettings,
)
from localisation.models import DEFAULT_BANNER, SiteText
from news.models import AuthorIndexPage, Category, NewsIndexPage
from programmes.models import ProgrammeIndexPage

from .builder import demo_key, ensure_page, free_slug, list_items, publish_changes, stream
from .navigation import NOT_IN_MENU, footer_pages
from .organisation import build_profile

ORGANISATION = "Dinas Sosial Daerah Istimewa Yogyakarta"

CATEGORIES = [
    ("pemberdayaan-sosial", "Pemberdayaan Sosial",
     "Penguatan peran keluarga, lembaga dan relawan sosial masyarakat, termasuk LK3, WKSBM, TKSK dan PSM."),
    ("rehabilitasi-sosial", "Rehabilitasi Sosial",
     "Pemulihan dan pengembangan fungsi sosial anak, lanjut usia, penyandang disabilitas dan kelompok rentan lain."),
    ("perlindungan-jaminan-sosial", "Perlindungan dan Jaminan Sosial",
     "Bantuan sosial, perlindungan korban bencana dan jaminan sosial bagi warga yang membutuhkan."),
    ("penanganan-fakir-miskin", "Penanganan Fakir Miskin",
     "Program pengentasan kemiskinan: PKH, usaha ekonomi produktif dan perbaikan rumah tidak layak huni."),
    ("kegiatan-dinas", "Kegiatan Dinas",
     "Rapat koordinasi, peringatan hari besar, pelatihan dan kegiatan kedinasan lainnya."),
]

HERO_TITLE = "Melayani dengan hati, menjangkau yang membutuhkan"
HERO_INTRO = ("Konsultasi keluarga, bantuan sosial, rehabilitasi dan pendampingan bagi warga Daerah "
              "Istimewa Yogyakarta. Semua layanan Dinas Sosial DIY gratis.")
ADDRESS = "Jl. Janti, Banguntapan\nKabupaten Bantul\nDaerah Istimewa Yogyakarta"

SECTIONS = {
    "berita": (NewsIndexPage, "Berita", "Kabar terbaru seputar pelayanan, program dan kegiatan Dinas Sosial DIY."),
    "program": (ProgrammeIndexPage, "Program",
                "Layanan yang dapat dimanfaatkan warga DIY secara gratis, lengkap dengan syarat, langkah dan lokasi."),
    "penulis": (AuthorIndexPage, "Penulis", "Pegawai dan pekerja sosial yang menulis berita di situs ini."),
}

PROFILE_INTRO = ("Dinas Sosial DIY adalah perangkat daerah yang membantu Gubernur menyelenggarakan urusan "
                 "pemerintahan di bidang sosial di Daerah Istimewa Yogyakarta.")

PROFILE_BODY = [  # below the organisation chart (demo/organisation.py has the rest of the profile)
    # Items with ids (list_items): wagtail-localize skips list values stored without them.
    ("key_facts", {"title": "Sekilas", "facts": list_items("profile-facts", [
        {"label": "Wilayah layanan", "value": "5 kabupaten/kota di DIY"},
        {"label": "Biaya layanan", "value": "Tidak dipungut biaya"},
        {"label": "Jam layanan", "value": "Senin–Jumat 08.00–15.30 WIB"},
    ])}),
    ("contact_card", {
        "name": ORGANISATION,
        "address": "Jl. Janti, Banguntapan, Kabupaten Bantul, Daerah Istimewa Yogyakarta",
        "phone": "(0274) 555 0100",
        "email": "layanan@dinsos-diy.example.org",
        "opening_hours": "Senin–Jumat 08.00–15.30 WIB",
    }),
]


def ensure_categories(locale, stats):
    """The demo's categories by their demo slug; a category someone else made at that slug is left alone."""
    categories = {}
    for slug, name, description in CATEGORIES:
        key = demo_key("category", slug)
        category = Category.objects.filter(locale=locale, translation_key=key).first()
        if category is None:
            taken = set(Category.objects.filter(locale=locale).values_list("slug", flat=True))
            category = Category.objects.create(locale=locale, translation_key=key, slug=free_slug(slug, taken),
                                               name=name, description=description)
            stats.add("categories")
        else:
            stats.add("categories", created=False)
        categories[slug] = category
    return categories


def ensure_sections(home, stats):
    sections = {}
    for slug, (model, title, intro) in SECTIONS.items():
        sections[slug] = ensure_page(
            home, slug, lambda model=model, title=title, intro=intro, menu=slug not in NOT_IN_MENU: model(
                title=title, intro=intro, show_in_menus=menu),
            stats, "section pages",
        )
    return sections


def ensure_profile(home, stats):
    return ensure_page(
        home, "profil",
        lambda: build_profile(PROFILE_INTRO, *PROFILE_BODY),
        stats, "section pages",
    )


def _link(page, label, description=""):
    return ("link", {"page": page.pk, "external_url": "", "label": label, "description": description})


def is_demo_home(home):
    """The home page and site text are made by a migration, not the demo: they are the demo's only
    while they still hold the text the demo filled in."""
    return home.hero_title == HERO_TITLE and home.hero_intro == HERO_INTRO


def is_demo_site_text(text):
    return text.address == ADDRESS


def configure_home(home, programmes, pages, stats):
    """Fill the migration-created home page once; a configured home page is left alone."""
    if home.hero_intro:
        stats.add("home page", created=False)
        return
    home = HomePage.objects.get(pk=home.pk)
    home.hero_title = HERO_TITLE
    home.hero_intro = HERO_INTRO
    home.programme_highlights = [HomeProgrammeHighlight(programme=programmes[slug], sort_order=i)
                                 for i, slug in enumerate(["lk3", "wksbm"])]
    home.quick_links = stream("home-links", [
        _link(programmes["lk3"], "Konsultasi keluarga (LK3)",
              "Bicarakan masalah keluarga dengan konselor, tanpa biaya."),
        _link(pages["program"], "Program dan layanan", "Syarat, langkah dan lokasi layanan."),
        _link(pages["berita"], "Berita terbaru", "Kegiatan dan pengumuman Dinas Sosial DIY."),
        _link(pages["profil"], "Profil dinas", "Tugas, bidang dan alamat kantor."),
    ])
    publish_changes(home)
    stats.add("home page")


def configure_settings(site, pages, stats):
    """Contact details, and the Indonesian site text; each only filled while still blank."""
    settings = SiteSettings.for_site(site)
    if settings.phone:
        stats.add("site settings", created=False)
    else:
        settings.banner_enabled = True
        settings.organisation_name = ORGANISATION
        settings.phone = "(0274) 555 0100"
        settings.email = "layanan@dinsos-diy.example.org"
        settings.facebook_url = "https://facebook.example.org/dinsosdiy"
        settings.instagram_url = "https://instagram.example.org/dinsosdiy"
        settings.youtube_url = "https://youtube.example.org/@dinsosdiy"
        settings.save()
        stats.add("site settings")
    locale = Locale.get_default()
    if SiteText.objects.filter(site=site, locale=locale).exists():
        stats.add("site text", created=False)
        return
    SiteText.objects.create(
        site=site, locale=locale, banner_text=DEFAULT_BANNER,
        address=ADDRESS,
        opening_hours="Senin–Jumat 08.00–15.30 WIB",
        footer_links=stream("footer-links", [_link(page, label) for page, label in footer_pages(pages)]),
    )
    stats.add("site text")
