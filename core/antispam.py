"""Spam defences shared by the public forms (comments, contact form) that ask nothing of a person.

* The time trap: a signed timestamp bound to one object (a post, a form page) and one purpose
  (the salt), put in a hidden field when the form is made. Posting it back tells how long the
  form was open: less than a person needs to fill it in is a script's; days old is a form left
  open (or a token replayed). A token made for another object or purpose, or altered, is
  forged. Nothing is stored: the signature (SECRET_KEY) is the proof.
* The honeypot: a text field hidden from people and assistive technology (the template wraps
  it in an element with `hidden`-like CSS and aria-hidden) that form-filling scripts fill in.
"""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

FORGED, STALE, FAST, OK = "forged", "stale", "fast", "ok"


def make(salt, value):
    return signing.TimestampSigner(salt=salt).sign(str(value))


def age(salt, token, value):
    """Seconds since the token for `value` was made; None when it is forged or for another value."""
    signer = signing.TimestampSigner(salt=salt)
    try:
        signed_value = signer.unsign(token or "")
        _, stamp, _ = (token or "").rsplit(signer.sep, 2)
    except (signing.BadSignature, ValueError):
        return None
    if signed_value != str(value):
        return None
    return time.time() - signing.b62_decode(stamp)


def verdict(salt, token, value, min_seconds, max_age):
    """FORGED, STALE (older than max_age), FAST (younger than min_seconds) or OK."""
    seconds = age(salt, token, value)
    if seconds is None:
        return FORGED
    if seconds > max_age:
        return STALE
    return FAST if seconds < min_seconds else OK


def honeypot_field():
    """The honeypot: left empty by people (they never see it), filled by scripts."""
    return forms.CharField(label=_("Leave this field empty"), required=False, max_length=200,
                           widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))
