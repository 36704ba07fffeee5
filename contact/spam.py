"""The contact form's spam defences (docs/kontak.md): none asks anything of a person.

* Time trap and honeypot from core.antispam, shared with the comments. The contact page is
  rendered per visitor (it carries a CSRF token and is never cached), so the token's clock
  starts when the visitor opened the form.
* A per-visitor limit on messages sent (core.ratelimit: only a salted hash of the address, in
  the cache, for the length of one window).

Each refusal shows the form again with what the visitor typed, a clear message and a fresh
token, and stores nothing: a person loses nothing but a few seconds, a script gains nothing.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core import antispam, ratelimit

from .forms import HONEYPOT_FIELD, TOKEN_FIELD

TOKEN_SALT = "contact.form-token"

MESSAGES = {
    # A script: the honeypot was filled, or the token was not made by this site for this page.
    antispam.FORGED: _("Your message could not be sent. Please check it and send it again."),
    antispam.FAST: _("That was very fast. Please wait a few seconds and send your message again."),
    antispam.STALE: _("This form was open for a long time. Please send your message again."),
}
RATE_LIMITED = _("You have sent several messages in a short time. Please try again later, or call us.")


def make_token(page):
    return antispam.make(TOKEN_SALT, page.pk)


def refusal(request, page):
    """Why this post is refused before its fields are even looked at (a MESSAGES text), or None."""
    if request.POST.get(HONEYPOT_FIELD):
        return MESSAGES[antispam.FORGED]
    verdict = antispam.verdict(TOKEN_SALT, request.POST.get(TOKEN_FIELD), page.pk,
                               settings.CONTACT_MIN_SECONDS, settings.CONTACT_FORM_MAX_AGE)
    return MESSAGES.get(verdict)


def within_rate_limit(request):
    """Count one message for this visitor; False when the visitor has sent too many."""
    limit, window = settings.CONTACT_RATE_LIMIT
    return ratelimit.allow(request, "contact", limit, window)
