"""Approved reader comments under a few demo posts (and a reply by the department), so the
article's comment thread is part of what the front-end checks and screenshots cover.

A comment is the demo's when its post is the demo's and its text is one of these; an existing
one is left as it is, so the loader stays idempotent.
"""

import datetime

from comments.models import Comment

DEPARTMENT = "Dinas Sosial DIY"
THREADS = [
    ("Rina Kusumawati", "Terima kasih atas informasinya. Apakah pendaftarannya bisa dilakukan di kantor kalurahan, "
                        "atau harus langsung ke kantor dinas?",
     "Pendaftaran dapat dilakukan melalui kantor kalurahan setempat. Petugas akan meneruskan berkas Ibu ke dinas."),
    ("Agus Prasetyo", "Programnya sangat membantu warga di kampung kami. Semoga bisa menjangkau lebih banyak "
                      "keluarga di Gunungkidul.", None),
]


def ensure_comments(posts, stats):
    """The threads above under the newest demo post with an image and under the complaints post."""
    with_image = [post for post in posts.values() if post.featured_image_id]
    targets = {max(with_image, key=lambda post: post.publication_date)} if with_image else set()
    if "bantuan-sosial-tepat-sasaran-jalur-pengaduan" in posts:
        targets.add(posts["bantuan-sosial-tepat-sasaran-jalur-pengaduan"])
    for post in sorted(targets, key=lambda post: post.pk):
        written = datetime.datetime.combine(post.publication_date, datetime.time(9), tzinfo=datetime.UTC)
        for n, (name, body, answer) in enumerate(THREADS):
            when = written + datetime.timedelta(days=1, hours=n * 3)
            comment = _ensure(post, name, body, when, stats)
            if answer:
                _ensure(post, DEPARTMENT, answer, when + datetime.timedelta(hours=2), stats, parent=comment,
                        is_official=True)


def _ensure(post, name, body, when, stats, **extra):
    comment = Comment.objects.filter(page=post, body=body).first()
    stats.add("reader comments", created=comment is None)
    if comment is None:
        comment = Comment.objects.create(page=post, author_name=name, body=body, created_at=when,
                                         status=Comment.Status.APPROVED, moderated_at=when, **extra)
    return comment
