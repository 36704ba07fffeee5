"""The main menu and the footer in the order visitors of Indonesian government sites expect.

Beranda (the menu adds it), Profil, Layanan, Program, Berita, PPID, Pengaduan, Hubungi Kami: who
the agency is, what it offers, what it publishes, then how to complain or ask. The footer repeats
them and adds the pages that are not in the menu (SKM, Penulis).

The menu is the home page's children with "show in menus", in tree order, so the demo moves its
own section pages into this order under the home page of each language. Pages it did not make
keep their place; a second run finds the order in place and moves nothing.
"""

from wagtail.models import Page

from .builder import own_page

MENU = ("profil", "layanan", "program", "berita", "ppid", "pengaduan", "hubungi-kami")
# (demo page key, Indonesian label); the English labels come with the site text's translation.
FOOTER = (("profil", "Profil"), ("layanan", "Layanan"), ("program", "Program"), ("berita", "Berita"),
          ("ppid", "PPID"), ("pengaduan", "Pengaduan"), ("hubungi-kami", "Hubungi Kami"),
          ("skm", "Survei Kepuasan Masyarakat"), ("penulis", "Penulis"))
NOT_IN_MENU = ("penulis",)


def footer_pages(pages):
    """(page, label) for the footer, from the loader's pages by key; pages it lacks are left out."""
    return [(pages[key], label) for key, label in FOOTER if key in pages]


def _sections(home):
    """The demo's menu sections under `home` (one language), in the wanted order."""
    return [page for page in (own_page(home, key) for key in MENU) if page is not None]


def order_sections(home):
    """Move the demo's sections under `home` into MENU's order; return whether anything moved."""
    wanted = [page.pk for page in _sections(home)]
    current = list(Page.objects.filter(pk__in=wanted).order_by("path").values_list("pk", flat=True))
    if current == wanted:
        return False
    # The first section takes the place of the one now first; each next one goes right after it.
    Page.objects.get(pk=wanted[0]).move(Page.objects.get(pk=current[0]), pos="left")
    for previous, pk in zip(wanted, wanted[1:], strict=False):
        Page.objects.get(pk=pk).move(Page.objects.get(pk=previous), pos="right")
    return True


def order_menu(home, stats):
    """The menu order under the home page of every language the demo's home page has."""
    for root in Page.objects.filter(translation_key=home.translation_key, depth=home.depth).order_by("pk"):
        stats.add("menu order", created=order_sections(root))
