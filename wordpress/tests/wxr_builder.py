"""Builds WordPress export (WXR 1.2) files for the tests and the import benchmark.

Writes the same shape as WordPress's own `export_wp()`: channel header, authors,
categories, tags, then one <item> per post/page/attachment with postmeta and comments.
Items are written one at a time, so a generator of 5,000 posts never sits in memory.
"""

from __future__ import annotations

import datetime
from xml.sax.saxutils import escape, quoteattr

HEADER = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
"""


def cdata(text):
    return "<![CDATA[" + str(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def gmt(local):
    """WordPress stores both; the site here is in WIB (UTC+7)."""
    if not local or local.startswith("0000"):
        return "0000-00-00 00:00:00"
    value = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M:%S") - datetime.timedelta(hours=7)
    return value.strftime("%Y-%m-%d %H:%M:%S")


class WXRBuilder:
    def __init__(self, base_url="https://dinsos.jogjaprov.go.id", title="Dinas Sosial DIY", wxr_version="1.2"):
        self.base_url = base_url.rstrip("/")
        self.title = title
        self.wxr_version = wxr_version
        self.authors, self.categories, self.tags, self.items = [], [], [], []
        self._links = {}

    # -- header objects -------------------------------------------------------------
    def author(self, wp_id, login, display_name, email="", first_name="", last_name="", description=""):
        self.authors.append(dict(wp_id=wp_id, login=login, display_name=display_name, email=email,
                                 first_name=first_name, last_name=last_name, description=description))
        return self

    def category(self, term_id, slug, name, parent="", description=""):
        self.categories.append(dict(term_id=term_id, slug=slug, name=name, parent=parent, description=description))
        return self

    def tag(self, term_id, slug, name):
        self.tags.append(dict(term_id=term_id, slug=slug, name=name))
        return self

    # -- items ----------------------------------------------------------------------
    def post(self, wp_id, title, slug="", content="", date="2019-05-12 08:30:00", status="publish", **kwargs):
        if "link" not in kwargs:
            if status in ("publish", "private", "future") and slug:
                day = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M:%S")
                kwargs["link"] = f"{self.base_url}/{day:%Y/%m/%d}/{slug}/"
            else:
                kwargs["link"] = f"{self.base_url}/?p={wp_id}"
        return self._item(wp_id, "post", title, slug, content, date, status, **kwargs)

    def page(self, wp_id, title, slug, content="", parent=0, status="publish", **kwargs):
        if "link" not in kwargs:
            prefix = self._links.get(parent, self.base_url + "/") if parent else self.base_url + "/"
            kwargs["link"] = f"{prefix}{slug}/" if status == "publish" else f"{self.base_url}/?page_id={wp_id}"
        return self._item(wp_id, "page", title, slug, content, kwargs.pop("date", "2018-01-10 09:00:00"), status,
                          parent=parent, **kwargs)

    def attachment(self, wp_id, path, title, parent=0, alt="", caption="", sizes=(), **kwargs):
        """`path` is relative to wp-content/uploads, e.g. "2019/05/foto.jpg"."""
        meta = dict(kwargs.pop("meta", {}))
        meta["_wp_attached_file"] = path
        if alt:
            meta["_wp_attachment_image_alt"] = alt
        if sizes:
            meta["_wp_attachment_metadata"] = php_sizes(path, sizes)
        slug = kwargs.pop("slug", title.lower().replace(" ", "-"))
        link = kwargs.pop("link", f"{self._links[parent]}{slug}/" if parent in self._links
                          else f"{self.base_url}/?attachment_id={wp_id}")
        return self._item(wp_id, "attachment", title, slug, "", kwargs.pop("date", "2019-05-12 08:00:00"),
                          "inherit", parent=parent, excerpt=caption, link=link, meta=meta,
                          attachment_url=f"{self.base_url}/wp-content/uploads/{path}", **kwargs)

    def _item(self, wp_id, post_type, title, slug, content, date, status, **kwargs):
        item = dict(wp_id=wp_id, post_type=post_type, title=title, slug=slug, content=content, date=date,
                    status=status, excerpt="", modified=date, creator="admin", parent=0, password="",
                    sticky=False, categories=(), tags=(), meta={}, comments=(), attachment_url="", link="")
        item.update(kwargs)
        self._links[wp_id] = item["link"]
        self.items.append(item)
        return self

    def link_of(self, wp_id):
        return self._links[wp_id]

    # -- output ---------------------------------------------------------------------
    def xml(self):
        return "".join(self.chunks())

    def write(self, path, extra_items=()):
        with open(path, "w", encoding="utf-8") as out:
            for chunk in self.chunks(extra_items):
                out.write(chunk)
        return path

    def chunks(self, extra_items=()):
        yield HEADER
        yield (f"\t<title>{escape(self.title)}</title>\n\t<link>{self.base_url}</link>\n"
               f"\t<description>Arsip</description>\n\t<language>id-ID</language>\n"
               f"\t<wp:wxr_version>{self.wxr_version}</wp:wxr_version>\n"
               f"\t<wp:base_site_url>{self.base_url}</wp:base_site_url>\n"
               f"\t<wp:base_blog_url>{self.base_url}</wp:base_blog_url>\n")
        for a in self.authors:
            yield (f"\t<wp:author><wp:author_id>{a['wp_id']}</wp:author_id>"
                   f"<wp:author_login>{cdata(a['login'])}</wp:author_login>"
                   f"<wp:author_email>{cdata(a['email'])}</wp:author_email>"
                   f"<wp:author_display_name>{cdata(a['display_name'])}</wp:author_display_name>"
                   f"<wp:author_first_name>{cdata(a['first_name'])}</wp:author_first_name>"
                   f"<wp:author_last_name>{cdata(a['last_name'])}</wp:author_last_name>"
                   + (f"<wp:author_description>{cdata(a['description'])}</wp:author_description>"
                      if a["description"] else "") + "</wp:author>\n")
        for c in self.categories:
            yield (f"\t<wp:category><wp:term_id>{c['term_id']}</wp:term_id>"
                   f"<wp:category_nicename>{escape(c['slug'])}</wp:category_nicename>"
                   f"<wp:category_parent>{escape(c['parent'])}</wp:category_parent>"
                   f"<wp:cat_name>{cdata(c['name'])}</wp:cat_name>"
                   + (f"<wp:category_description>{cdata(c['description'])}</wp:category_description>"
                      if c["description"] else "") + "</wp:category>\n")
        for t in self.tags:
            yield (f"\t<wp:tag><wp:term_id>{t['term_id']}</wp:term_id><wp:tag_slug>{escape(t['slug'])}</wp:tag_slug>"
                   f"<wp:tag_name>{cdata(t['name'])}</wp:tag_name></wp:tag>\n")
        for item in self.items:
            yield item_xml(item)
        for item in extra_items:
            yield item_xml(item)
        yield "</channel>\n</rss>\n"


def item_xml(i):
    terms = "".join(f'\t\t<category domain="category" nicename={quoteattr(slug)}>{cdata(name)}</category>\n'
                    for slug, name in i["categories"])
    terms += "".join(f'\t\t<category domain="post_tag" nicename={quoteattr(slug)}>{cdata(name)}</category>\n'
                     for slug, name in i["tags"])
    meta = "".join(f"\t\t<wp:postmeta><wp:meta_key>{escape(k)}</wp:meta_key>"
                   f"<wp:meta_value>{cdata(v)}</wp:meta_value></wp:postmeta>\n" for k, v in i["meta"].items())
    comments = "".join(comment_xml(c) for c in i["comments"])
    date_gmt = i.get("date_gmt", gmt(i["date"]) if i["status"] not in ("draft", "pending") else gmt(""))
    return (
        f"\t<item>\n\t\t<title>{escape(i['title'])}</title>\n\t\t<link>{escape(i['link'])}</link>\n"
        f"\t\t<dc:creator>{cdata(i['creator'])}</dc:creator>\n"
        f"\t\t<guid isPermaLink=\"false\">{escape(i['link'])}</guid>\n\t\t<description></description>\n"
        f"\t\t<content:encoded>{cdata(i['content'])}</content:encoded>\n"
        f"\t\t<excerpt:encoded>{cdata(i['excerpt'])}</excerpt:encoded>\n"
        f"\t\t<wp:post_id>{i['wp_id']}</wp:post_id>\n\t\t<wp:post_date>{i['date']}</wp:post_date>\n"
        f"\t\t<wp:post_date_gmt>{date_gmt}</wp:post_date_gmt>\n"
        f"\t\t<wp:post_modified>{i['modified']}</wp:post_modified>\n"
        f"\t\t<wp:post_modified_gmt>{gmt(i['modified'])}</wp:post_modified_gmt>\n"
        f"\t\t<wp:comment_status>open</wp:comment_status>\n\t\t<wp:ping_status>open</wp:ping_status>\n"
        f"\t\t<wp:post_name>{escape(i['slug'])}</wp:post_name>\n\t\t<wp:status>{i['status']}</wp:status>\n"
        f"\t\t<wp:post_parent>{i['parent']}</wp:post_parent>\n\t\t<wp:menu_order>0</wp:menu_order>\n"
        f"\t\t<wp:post_type>{i['post_type']}</wp:post_type>\n"
        f"\t\t<wp:post_password>{escape(i['password'])}</wp:post_password>\n"
        f"\t\t<wp:is_sticky>{1 if i['sticky'] else 0}</wp:is_sticky>\n"
        + (f"\t\t<wp:attachment_url>{escape(i['attachment_url'])}</wp:attachment_url>\n" if i["attachment_url"] else "")
        + terms + meta + comments + "\t</item>\n"
    )


def comment(wp_id, content, author="Warga", email="warga@example.org", date="2019-05-13 10:00:00",
            approved="1", parent=0, type="", url=""):
    return dict(wp_id=wp_id, content=content, author=author, email=email, date=date, approved=approved,
                parent=parent, type=type, url=url)


def comment_xml(c):
    return (
        f"\t\t<wp:comment>\n\t\t\t<wp:comment_id>{c['wp_id']}</wp:comment_id>\n"
        f"\t\t\t<wp:comment_author>{cdata(c['author'])}</wp:comment_author>\n"
        f"\t\t\t<wp:comment_author_email>{escape(c['email'])}</wp:comment_author_email>\n"
        f"\t\t\t<wp:comment_author_url>{escape(c['url'])}</wp:comment_author_url>\n"
        f"\t\t\t<wp:comment_author_IP>10.0.0.1</wp:comment_author_IP>\n"
        f"\t\t\t<wp:comment_date>{c['date']}</wp:comment_date>\n"
        f"\t\t\t<wp:comment_date_gmt>{gmt(c['date'])}</wp:comment_date_gmt>\n"
        f"\t\t\t<wp:comment_content>{cdata(c['content'])}</wp:comment_content>\n"
        f"\t\t\t<wp:comment_approved>{c['approved']}</wp:comment_approved>\n"
        f"\t\t\t<wp:comment_type>{c['type']}</wp:comment_type>\n"
        f"\t\t\t<wp:comment_parent>{c['parent']}</wp:comment_parent>\n"
        f"\t\t\t<wp:comment_user_id>0</wp:comment_user_id>\n\t\t</wp:comment>\n"
    )


def php_sizes(path, sizes):
    """A PHP-serialised `_wp_attachment_metadata` listing resized copies (as WordPress stores it)."""
    stem, _, ext = path.rpartition("/")[2].rpartition(".")
    entries = []
    for name, (width, height) in sizes:
        filename = f"{stem}-{width}x{height}.{ext}"
        entries.append(f's:{len(name)}:"{name}";a:3:{{s:4:"file";s:{len(filename)}:"{filename}";'
                       f's:5:"width";i:{width};s:6:"height";i:{height};}}')
    return (f'a:2:{{s:4:"file";s:{len(path)}:"{path}";s:5:"sizes";a:{len(entries)}:{{' + "".join(entries) + "}}")
