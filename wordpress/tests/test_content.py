"""HTML → StreamField blocks, without the database: a fake resolver stands in for the import."""

import pytest

from wordpress.content import ImageRef, Resolver, convert
from wordpress.embeds import video_url
from wordpress.richtext import split_source, summarise


class FakeResolver(Resolver):
    images = {5: ImageRef(id=105, title="Foto kegiatan", alt="Warga antre"), 6: ImageRef(id=106, title="Dua")}

    def image(self, attachment_id, url):
        if attachment_id in self.images:
            return self.images[attachment_id]
        if url and url.endswith("foto-300x200.jpg"):
            return self.images[5]
        return None

    def link(self, url):
        if url.endswith("?p=12"):
            return ("page", 12)
        if url.endswith(".pdf"):
            return ("document", 7)
        return ("url", url)

    def attached_images(self):
        return [6]


def blocks(html):
    return convert(html, FakeResolver()).blocks


def test_classic_text_is_paragraphed_like_wpautop():
    html = "Satu <b>tebal</b>\nbaris dua.\n\n\nParagraf &amp; dua é.\n<h3>Judul</h3>\nTiga"
    assert blocks(html) == [
        {"type": "paragraph", "value": "<p>Satu <b>tebal</b><br/>baris dua.</p><p>Paragraf &amp; dua é.</p>"},
        {"type": "heading", "value": {"text": "Judul", "level": "h3", "anchor": ""}},
        {"type": "paragraph", "value": "<p>Tiga</p>"},
    ]


def test_gutenberg_paragraphs_keep_their_newlines_as_spaces_and_report_plugin_blocks():
    html = ("<!-- wp:paragraph -->\n<p>Satu\ndua</p>\n<!-- /wp:paragraph -->\n\n"
            "<!-- wp:acme/widget -->\n<div><p>Isi</p></div>\n<!-- /wp:acme/widget -->\n<!-- wp:archives /-->")
    result = convert(html, FakeResolver())
    assert result.blocks == [{"type": "paragraph", "value": "<p>Satu dua</p><p>Isi</p>"}]
    assert result.warnings == [("unknown_block", "acme/widget"), ("dynamic_block", "archives")]


def test_links_are_rewritten_and_unsafe_ones_dropped():
    html = ('<p><a href="https://x.test/?p=12">berita</a> <a href="/f/laporan.pdf">unduh</a> '
            '<a href="javascript:alert(1)">jahat</a> <a href="https://contoh.org/">luar</a></p>')
    assert blocks(html) == [{"type": "paragraph", "value": (
        '<p><a linktype="page" id="12">berita</a> <a linktype="document" id="7">unduh</a> jahat '
        '<a href="https://contoh.org/">luar</a></p>')}]


def test_caption_shortcode_becomes_an_image_block_with_caption():
    html = ('[caption id="attachment_5" width="300"]<a href="big.jpg"><img class="wp-image-5" '
            'src="foto-300x200.jpg" alt="" /></a> Antrean di Sleman[/caption]')
    assert blocks(html) == [{"type": "image", "value": {
        "image": 105, "alt_text": "Warga antre", "decorative": False, "caption": "Antrean di Sleman", "credit": ""}}]


def test_gallery_with_and_without_ids():
    assert [b["value"]["image"] for b in blocks('[gallery ids="5,6"]')] == [105, 106]
    assert [b["value"]["image"] for b in blocks("[gallery]")] == [106]


def test_oembed_line_iframes_and_unknown_shortcodes():
    html = ("Lihat video:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nhttps://twitter.com/dinsos/status/1\n\n"
            '<iframe src="https://player.vimeo.com/video/123456789"></iframe>'
            '<iframe src="https://evil.example/x"></iframe>\n\n[polldaddy poll="9"]')
    result = convert(html, FakeResolver())
    assert result.blocks == [
        {"type": "paragraph", "value": "<p>Lihat video:</p>"},
        {"type": "video", "value": {"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": ""}},
        {"type": "paragraph", "value": "<p>https://twitter.com/dinsos/status/1</p>"},
        {"type": "video", "value": {"video": "https://vimeo.com/123456789", "caption": ""}},
        {"type": "paragraph", "value": '<p>[polldaddy poll="9"]</p>'},
    ]
    assert result.warnings == [("unknown_shortcode", "polldaddy"),
                               ("embed_as_link", "https://twitter.com/dinsos/status/1"),
                               ("iframe_dropped", "evil.example")]


def test_gutenberg_image_gallery_embed_quote_table_and_file():
    html = ('<!-- wp:image {"id":5} --><figure class="wp-block-image"><img src="a.jpg" alt="Alt sendiri" '
            'class="wp-image-5"/><figcaption>Kap</figcaption></figure><!-- /wp:image -->'
            '<!-- wp:gallery --><figure class="wp-block-gallery"><!-- wp:image {"id":6} -->'
            '<figure class="wp-block-image"><img src="b.jpg" class="wp-image-6"/></figure><!-- /wp:image -->'
            "</figure><!-- /wp:gallery -->"
            '<!-- wp:embed --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n'
            "https://www.youtube.com/watch?v=abcdefghijk\n</div><figcaption>Video</figcaption></figure>"
            "<!-- /wp:embed -->"
            '<!-- wp:quote --><blockquote class="wp-block-quote"><p>Kutip.</p><cite>Ibu Kadis</cite></blockquote>'
            "<!-- /wp:quote -->"
            '<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>A</th><th></th></tr></thead>'
            "<tbody><tr><td>1</td><td>2</td></tr></tbody></table><figcaption>Tabel</figcaption></figure>"
            "<!-- /wp:table -->"
            '<!-- wp:file --><div class="wp-block-file"><a href="/u/x.pdf">Laporan</a></div><!-- /wp:file -->')
    assert blocks(html) == [
        {"type": "image", "value": {"image": 105, "alt_text": "Alt sendiri", "decorative": False, "caption": "Kap",
                                    "credit": ""}},
        {"type": "image", "value": {"image": 106, "alt_text": "Dua", "decorative": False, "caption": "", "credit": ""}},
        {"type": "video", "value": {"video": "https://www.youtube.com/watch?v=abcdefghijk", "caption": "Video"}},
        {"type": "quote", "value": {"text": "Kutip.", "attribution": "Ibu Kadis", "role": ""}},
        {"type": "table", "value": {"caption": "Tabel", "header": ["A", "-"], "rows": [{"cells": ["1", "2"]}]}},
        {"type": "document", "value": {"document": 7, "label": "Laporan"}},
    ]


def test_missing_image_is_reported_and_left_out():
    result = convert('<p>Teks <img src="https://x.test/none.jpg"></p>', FakeResolver())
    assert result.blocks == [{"type": "paragraph", "value": "<p>Teks</p>"}]
    assert result.warnings == [("image_not_found", "https://x.test/none.jpg")]


@pytest.mark.parametrize("html, source, rest", [
    ("<p>Isi.</p>\n\n(Sumber : Humas Pemda DIY)", "Humas Pemda DIY", "<p>Isi.</p>"),
    ("Isi.\n<em>Sumber: Subbag Program (PI)</em>", "Subbag Program (PI)", "<p>Isi.</p>"),
    ("<p>Isi.</p><p>(sumber : Kominfo (DIY))</p>", "Kominfo (DIY)", "<p>Isi.</p>"),
    ("<p>Sumber daya manusia.</p>", "", "<p>Sumber daya manusia.</p>"),
])
def test_trailing_source_line(html, source, rest):
    result = convert(html, FakeResolver())
    assert result.source == source
    assert result.blocks == [{"type": "paragraph", "value": rest}]


def test_split_source_keeps_the_lines_before():
    assert split_source("<p>Satu<br/>(Sumber : A)</p>") == ("<p>Satu</p>", "A")


def test_summary_is_cut_at_a_word_boundary():
    text = "kata " * 100
    summary = summarise(text, 300)
    assert len(summary) <= 300 and summary.endswith("kata…")
    assert summarise("pendek", 300) == "pendek"


@pytest.mark.parametrize("url, expected", [
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
    ("//www.youtube.com/embed/dQw4w9WgXcQ?rel=0", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
    ("https://player.vimeo.com/video/76979871?h=1", "https://vimeo.com/76979871"),
    ("https://evil.example/watch?v=dQw4w9WgXcQ", None),
    ("https://youtube.com.evil.example/embed/dQw4w9WgXcQ", None),
])
def test_video_allow_list(url, expected):
    assert video_url(url) == expected
