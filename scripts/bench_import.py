"""`make bench-import`: generate a 5,000-post WordPress export and import it into a throwaway database.

Everything lives under var/bench/ (export, uploads, SQLite database, media) and is rebuilt
on each run. Prints the import's wall time, posts per second and peak memory (ru_maxrss of
the import process), and the parser's own peak memory (tracemalloc) for 1,000 and 5,000
posts: the two should be about the same, because the reader streams.
"""

import os
import random
import resource
import shutil
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "var" / "bench"
sys.path.insert(0, str(ROOT))

POSTS = int(os.environ.get("BENCH_POSTS", "5000"))
IMAGES = 100
BASE = "https://dinsos.jogjaprov.go.id"
WORDS = ("layanan sosial keluarga lansia anak disabilitas bantuan pendamping warga kabupaten kota "
         "pelatihan rehabilitasi perlindungan kesejahteraan program kegiatan masyarakat desa").split()


def sentence(rng, words=14):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def post_item(rng, wp_id):
    """A post shaped like the department's news: paragraphs, a heading, a list, a captioned photo, links."""
    image = 10 + rng.randrange(IMAGES)
    paragraphs = "\n\n".join(" ".join(sentence(rng) for _ in range(3)) for _ in range(4))
    earlier = rng.randrange(1000, wp_id) if wp_id > 1000 else 1000
    content = (
        f"{paragraphs}\n\nBaca juga <a href=\"{BASE}/?p={earlier}\">berita sebelumnya</a>.\n"
        f"<h2>{sentence(rng, 4)}</h2>\n<ul>\n<li>{sentence(rng, 5)}</li>\n<li>{sentence(rng, 5)}</li>\n</ul>\n"
        f"[caption id=\"attachment_{image}\" width=\"300\"]<img class=\"wp-image-{image}\" "
        f"src=\"{BASE}/wp-content/uploads/2019/05/foto-{image}-300x200.jpg\" alt=\"\" /> "
        f"{sentence(rng, 6)}[/caption]\n\n"
        f"{sentence(rng)}\n\n(Sumber : Subbag Program dan Informasi)"
    )
    day = 1 + wp_id % 28
    month = 1 + (wp_id // 28) % 12
    year = 2012 + wp_id // 400
    slug = f"berita-{wp_id}"
    date = f"{year}-{month:02d}-{day:02d} 09:00:00"
    comments = [dict(wp_id=wp_id * 10 + n, content=sentence(rng), author="Warga", email="warga@example.org",
                     date=date, approved="1", parent=0, type="", url="") for n in range(rng.randrange(3))]
    return dict(wp_id=wp_id, post_type="post", title=sentence(rng, 6), slug=slug, content=content, date=date,
                status="publish", excerpt="", modified=date, creator=rng.choice(["admin", "sri", "budi"]),
                parent=0, password="", sticky=False, categories=[rng.choice(CATEGORIES)],
                tags=[rng.choice(TAGS)], meta={"_thumbnail_id": str(image)}, comments=comments,
                attachment_url="", link=f"{BASE}/{year}/{month:02d}/{day:02d}/{slug}/")


CATEGORIES = [("berita", "Berita"), ("kegiatan", "Kegiatan"), ("layanan", "Layanan"), ("pengumuman", "Pengumuman")]
TAGS = [(f"tag-{n}", f"Tag {n}") for n in range(40)]


def write_export(path, posts):
    from wordpress.tests.wxr_builder import WXRBuilder

    rng = random.Random(6)
    builder = WXRBuilder(base_url=BASE)
    for wp_id, login, name in ((1, "admin", "Admin Dinsos"), (2, "sri", "Sri Lestari"), (3, "budi", "Budi")):
        builder.author(wp_id, login, name)
    for term_id, (slug, name) in enumerate(CATEGORIES, start=100):
        builder.category(term_id, slug, name)
    for term_id, (slug, name) in enumerate(TAGS, start=200):
        builder.tag(term_id, slug, name)
    for n in range(IMAGES):
        builder.attachment(10 + n, f"2019/05/foto-{10 + n}.jpg", f"Foto {n}", alt=f"Foto kegiatan {n}",
                           sizes=[("medium", (300, 200))])
    builder.write(path, extra_items=(post_item(rng, 1000 + n) for n in range(posts)))
    return path


def write_uploads(folder):
    from PIL import Image

    target = folder / "wp-content" / "uploads" / "2019" / "05"
    target.mkdir(parents=True, exist_ok=True)
    for n in range(IMAGES):
        Image.new("RGB", (320, 240), (n * 2 % 256, 120, 200)).save(target / f"foto-{10 + n}.jpg", quality=70)


def parse_peak(path):
    """Peak Python memory of reading the whole export (no database)."""
    from wordpress import wxr

    tracemalloc.start()
    items = sum(1 for obj in wxr.read(str(path)) if isinstance(obj, wxr.Item))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return items, peak


def main():
    shutil.rmtree(BENCH, ignore_errors=True)
    BENCH.mkdir(parents=True)
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="cms.settings.dev", DEBUG="0",
               DATABASE_URL=f"sqlite:///{BENCH / 'bench.sqlite3'}", MEDIA_ROOT=str(BENCH / "media"))
    os.environ.update(env)
    import django

    django.setup()
    print(f"generating exports ({POSTS} and 1000 posts, {IMAGES} images) in {BENCH} …", flush=True)
    big = write_export(BENCH / f"export-{POSTS}.xml", POSTS)
    small = write_export(BENCH / "export-1000.xml", 1000)
    write_uploads(BENCH / "uploads")
    for path in (small, big):
        items, peak = parse_peak(path)
        size = path.stat().st_size / 1e6
        print(f"parse only: {items:>5} items, {size:6.1f} MB file, tracemalloc peak {peak / 1e6:6.2f} MB", flush=True)

    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run(manage + ["migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run(manage + ["shell", "-c", (
        "from wagtail.models import Site; from news.models import NewsIndexPage as N; "
        "home = Site.objects.get(is_default_site=True).root_page.specific; "
        "n = N(title='Berita', slug='berita'); home.add_child(instance=n); n.save_revision().publish()")],
        env=env, check=True, cwd=ROOT)
    for label in ("first import", "second import (nothing changes)"):
        result = subprocess.run([sys.executable, __file__, "child", str(big), str(BENCH / "uploads")],
                                env=env, cwd=ROOT, capture_output=True, text=True)
        if result.returncode:
            print(result.stdout, result.stderr)
            raise SystemExit(f"{label} failed")
        table, _, figures = result.stdout.partition("\n\n")
        elapsed, cpu, peak = (float(value) for value in figures.strip().splitlines()[-1].split())
        print(f"\n== {label}\n{table}")
        print(f"{label}: {elapsed:.1f} s wall ({cpu:.1f} s CPU), {POSTS / elapsed:.1f} posts/s, "
              f"peak RSS {peak / 1024:.0f} MB", flush=True)


def child(export, uploads):
    """One import in its own process, so ru_maxrss is the import's alone."""
    import io

    import django
    from django.core.management import call_command

    django.setup()
    out = io.StringIO()
    started = time.monotonic()
    call_command("import_wordpress", export, "--uploads", uploads, stdout=out, stderr=io.StringIO())
    elapsed = time.monotonic() - started
    print(out.getvalue())
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # CPU time next to wall time: on a shared machine the wall clock also measures the neighbours.
    print(f"{elapsed} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")

if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        child(*sys.argv[2:4])
    else:
        main()
