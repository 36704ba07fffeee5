"""News posts: turns the compact post data into NewsPages with authors, tags and programmes.

Body items in the data modules are tuples:
  ("p", html)                        one paragraph
  ("ul", [items])                    a bulleted list
  ("h", text) / ("h3", text)         a heading
  ("quote", text, name, role)
  ("facts", title, [(label, value)])
  ("table", caption, header, rows)
  ("faq", title, [(question, answer)])
  ("cta", programme_slug, title, text, button_label)
"""

from django.utils.text import slugify

from news.models import NewsPage, NewsPageAuthor, NewsPageProgramme

from .builder import ensure_page, html_list, list_items, morning, stream
from .images import draw_landscape, ensure_image
from .news_2009_2024 import POSTS as POSTS_EARLY
from .news_2025 import POSTS as POSTS_2025
from .news_2026 import POSTS as POSTS_2026

POSTS = POSTS_EARLY + POSTS_2025 + POSTS_2026


def _block(key, item, programmes):
    kind = item[0]
    if kind == "p":
        return "paragraph", f"<p>{item[1]}</p>"
    if kind == "ul":
        return "paragraph", html_list(item[1])
    if kind in ("h", "h3"):
        # An explicit anchor: templates read value.anchor as the (empty) field, not HeadingValue.anchor().
        return "heading", {"text": item[1], "level": "h2" if kind == "h" else "h3", "anchor": slugify(item[1])}
    if kind == "quote":
        return "quote", {"text": item[1], "attribution": item[2], "role": item[3]}
    if kind == "facts":
        return "key_facts", {"title": item[1], "facts": list_items(f"{key}-facts",
                                                                 [{"label": lab, "value": val}
                                                                  for lab, val in item[2]])}
    if kind == "table":
        _, caption, header, rows = item
        return "table", {
            "caption": caption,
            "header": list_items(f"{key}-header", header),
            "rows": list_items(f"{key}-rows", [{"cells": list_items(f"{key}-row{i}", row)}
                                               for i, row in enumerate(rows)]),
        }
    if kind == "faq":
        return "faq", {"title": item[1], "items": list_items(f"{key}-faq", [
            {"question": q, "answer": f"<p>{a}</p>"} for q, a in item[2]])}
    if kind == "cta":
        _, slug, title, text, button = item
        return "call_to_action", {"page": programmes[slug].pk, "external_url": "", "title": title, "text": text,
                                  "button_label": button}
    raise ValueError(f"Unknown body item {kind!r}")


def _build(post, authors, categories, programmes, stats):
    slug = post["slug"]
    image = ensure_image(
        f"Ilustrasi berita: {post['title']}"[:255], f"demo-berita-{slug[:60]}.jpg", draw_landscape, slug,
        description="Ilustrasi abstrak bernuansa hijau dan kuning", stats=stats,
    )
    body = [_block(f"{slug}-{i}", item, programmes) for i, item in enumerate(post["body"])]
    page = NewsPage(
        title=post["title"],
        summary=post["summary"],
        publication_date=post["date"],
        featured_image=image,
        featured_image_caption=post.get("caption", ""),
        featured_image_credit=post.get("credit", ""),
        body=stream(slug, body),
        source=post.get("source", ""),
        is_sticky=post.get("sticky", False),
        authors=[NewsPageAuthor(author=authors[a], sort_order=i) for i, a in enumerate(post["authors"])],
        programme_links=[NewsPageProgramme(programme=programmes[p], sort_order=i)
                         for i, p in enumerate(post.get("programmes", []))],
    )
    page.categories = [categories[c] for c in post["categories"]]
    page.tags.add(*post.get("tags", []))
    return page


def ensure_news(index, authors, categories, programmes, stats):
    """The demo's posts by their demo slug."""
    pages = {}
    for n, post in enumerate(POSTS):
        published = morning(post["date"], minute=n % 50)
        updated = morning(post["updated"]) if post.get("updated") else published
        pages[post["slug"]] = ensure_page(
            index, post["slug"], lambda post=post: _build(post, authors, categories, programmes, stats),
            stats, "news posts", published_at=published, updated_at=updated,
        )
    return pages

