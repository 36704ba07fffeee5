"""Comments from the WordPress import (wordpress.Comment) become reader comments.

The importer keeps its own record (it compares against it on re-runs); each imported comment
gets a reader comment with its original date and thread: approved ones approved, pending ones
in the moderation queue (the importer never keeps spam). WordPress stored HTML, shown here as
plain text. A comment already moderated here keeps its moderation on a re-import.
"""

from bs4 import BeautifulSoup

from .models import BODY_MAX_LENGTH, NAME_MAX_LENGTH, Comment


def plain(html):
    soup = BeautifulSoup(html or "", "html.parser")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    paragraphs = [p.get_text().strip() for p in soup.find_all("p")] or [soup.get_text().strip()]
    return "\n\n".join(p for p in paragraphs if p)[:BODY_MAX_LENGTH]


def adopt(source, model=Comment):
    """Create or refresh the reader comment for one imported comment; returns it."""
    parent = None
    if source.parent_id:
        parent = model.objects.filter(wordpress_id=source.parent.wp_id).first()
    values = {
        "page_id": source.page_id, "parent": parent, "author_name": source.author_name[:NAME_MAX_LENGTH],
        "body": plain(source.content), "created_at": source.created_at,
    }
    comment = model.objects.filter(wordpress_id=source.wp_id).first()
    if comment is None:
        status = Comment.Status.APPROVED if source.approved else model.Status.PENDING
        # The address is not copied: imported commenters never asked for a reply notification.
        return model.objects.create(wordpress_id=source.wp_id, status=status, **values)
    for field, value in values.items():
        setattr(comment, field, value)
    comment.save()
    return comment
