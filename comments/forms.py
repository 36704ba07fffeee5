"""The public comment form: plain text only, checked before anything is stored."""

import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core import antispam

from . import spam
from .models import BODY_MAX_LENGTH, NAME_MAX_LENGTH

MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]")
# The last-resort question (COMMENTS_QUESTION): answered in words or digits, any case.
QUESTION = _("Type the number seven in digits")
ANSWERS = {"7"}


def plain_text(value):
    if MARKUP.search(value):
        raise forms.ValidationError(_("Please write plain text: HTML and code are not accepted."))
    return value


class CommentForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=NAME_MAX_LENGTH, validators=[plain_text],
                           help_text=_("Shown with your comment."),
                           widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(label=_("E-mail (optional)"), required=False,
                             help_text=_("Never shown. Used only to tell you about a reply, if you ask for it."),
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    notify = forms.BooleanField(label=_("E-mail me when someone replies"), required=False)
    body = forms.CharField(label=_("Comment"), max_length=BODY_MAX_LENGTH, validators=[plain_text],
                           help_text=_("Plain text, at most %(count)s characters. Comments are published after review.")
                           % {"count": BODY_MAX_LENGTH},
                           widget=forms.Textarea(attrs={"rows": 6}))
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1, max_value=2**63 - 1)
    token = forms.CharField(widget=forms.HiddenInput, max_length=200)
    # The honeypot: hidden from people and assistive technology (see the template), filled by scripts.
    website = antispam.honeypot_field()

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        if settings.COMMENTS_QUESTION:
            self.fields["answer"] = forms.CharField(label=QUESTION, max_length=20)
        self.describe_fields()

    def full_clean(self):
        super().full_clean()
        self.describe_fields()

    def describe_fields(self):
        """Help and errors are announced with their field (the ids are those of comments/form.html)."""
        errors = self._errors or {}
        for name, field in self.fields.items():
            ids = [f"id_{name}-help"] if field.help_text else []
            if name in errors:
                ids += [f"id_{name}-error"]
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def clean_answer(self):
        answer = self.cleaned_data["answer"].strip().casefold()
        if answer not in ANSWERS | {"tujuh", "seven"}:
            raise forms.ValidationError(_("That is not the answer; please try again."))
        return answer

    def clean(self):
        data = super().clean()
        body, name = data.get("body", ""), data.get("name", "")
        if body and spam.link_count(body) > settings.COMMENTS_MAX_LINKS:
            limit = settings.COMMENTS_MAX_LINKS
            self.add_error("body", _("Please include at most %(count)s links.") % {"count": limit})
        if (body or name) and spam.blocked_phrase(body, name):
            self.add_error("body", _("Your comment contains words we do not publish (for example, about "
                                     "gambling). Please rephrase it."))
        if data.get("notify") and not data.get("email"):
            self.add_error("email", _("Give an e-mail address if you want to hear about replies."))
        return data
