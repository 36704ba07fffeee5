"""The comment endpoint: its own URL, so the article page stays cacheable.

The form posts here without a CSRF cookie (csrf_exempt); what CSRF would guard against — a
third-party page making a visitor's browser post — gains nothing here, since a comment carries
no session or privilege and waits for moderation, and the signed form token (spam.py) is
still required. GET shows the form alone (the no-JavaScript way to reply to a comment).

`token` hands a fresh form token to the article's script (comments/static/comments/js/
comments.js) when the reader starts a comment, so that the time trap measures the reader's
visit rather than the age of the cached page (spam.py).
"""

import re

from django.http import HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET
from wagtail.models import Page

from . import rules, spam
from .forms import CommentForm
from .models import Comment

SENT_PARAM = "komentar"
SENT_VALUE = "terkirim"


MAX_ID = 2**63 - 1  # larger numbers overflow the database's integer, a 500 rather than a 404


def find_post(page_id):
    """The live, public news post with this id, or None (drafts and other pages take no comments)."""
    if page_id > MAX_ID:
        return None
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or not hasattr(page, "comments_open"):
        return None
    return page


def render_form(request, post, form, status=200):
    parent_id = form.cleaned_data.get("parent") if hasattr(form, "cleaned_data") else form.initial.get("parent")
    parent = rules.reply_target(post, parent_id)
    return render(request, "comments/form_page.html", {"post": post, "form": form, "parent": parent}, status=status)


def refuse(request, post, message, status):
    return render(request, "comments/refused.html", {"post": post, "message": message}, status=status)


@csrf_exempt
@never_cache
def comment(request, page_id):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    post = find_post(page_id)
    if post is None:
        return refuse(request, None, _("This page does not exist or does not take comments."), 404)
    if post.locale.language_code != get_language():
        return refuse(request, post, _("Comments on this post are written on its own language's page."), 400)
    if not rules.comments_open(post):
        return refuse(request, post, _("Comments on this post are closed."), 403)
    if request.method == "GET":
        parent_id = request.GET.get("parent", "")
        parent = rules.reply_target(post, int(parent_id) if re.fullmatch(r"[0-9]{1,18}", parent_id) else None)
        form = CommentForm(page=post, initial={"token": spam.make_token(post.pk),
                                               "parent": parent.pk if parent else None})
        return render_form(request, post, form)
    return submit(request, post)


@never_cache
@require_GET
def token(request, page_id):
    """{"token": ...} for a live public news post open to comments in this language; no cookie, never cached."""
    if not spam.may_fetch_token(request):
        return JsonResponse({"error": "rate-limited"}, status=429)
    post = find_post(page_id)
    if post is None or post.locale.language_code != get_language() or not rules.comments_open(post):
        return JsonResponse({"error": "not-found"}, status=404)
    return JsonResponse({"token": spam.make_token(post.pk)})


def submit(request, post):
    verdict = spam.token_verdict(request.POST.get("token"), post.pk)
    if request.POST.get("website") or verdict == "forged":
        # A script: the honeypot was filled, or the form was not made by this site for this post.
        return refuse(request, post, _("Your comment could not be sent. Please reload the page and try again."), 400)
    if verdict != "ok":
        # Too fast for a person, or a form left open for days: the text is kept and can be sent
        # again with a fresh form token (a script gains nothing but a wait).
        data = request.POST.copy()
        data["token"] = spam.make_token(post.pk)
        form = CommentForm(data, page=post)
        form.is_valid()
        if verdict == "fast":
            form.add_error(None, _("That was very fast. Please wait a few seconds and send your comment again."))
        else:
            form.add_error(None, _("This form was open for a long time. Please send your comment again."))
        return render_form(request, post, form, status=400)
    form = CommentForm(request.POST, page=post)
    if not form.is_valid():
        return render_form(request, post, form, status=400)
    parent_id = form.cleaned_data.get("parent")
    parent = rules.reply_target(post, parent_id)
    if parent_id and parent is None:
        return refuse(request, post, _("The comment you are replying to is not available."), 400)
    if not spam.within_rate_limit(request):
        return refuse(request, post, _("You have sent several comments in a short time. Please try again later."),
                      429)
    data = form.cleaned_data
    Comment.objects.create(
        page=post, parent=parent, author_name=data["name"].strip(), body=data["body"].strip(),
        author_email=data["email"] if data["notify"] else "", notify_on_reply=bool(data["notify"]),
        created_at=timezone.now(),
    )
    return HttpResponseRedirect(f"{post.url}?{SENT_PARAM}={SENT_VALUE}#komentar")
