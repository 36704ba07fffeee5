"""The page types the site search covers ("kinds"), and how a page maps to its kind.

A kind is a slug visitors see in the search filter (?kind=news), the page model it stands
for, and the label shown next to each result. Every search module reads the registry from
here, so none of them needs another search module just to know which pages are searchable.
"""

from __future__ import annotations

from typing import NamedTuple

from django.apps import apps
from django.utils.translation import gettext_lazy as _


class Kind(NamedTuple):
    app_label: str
    model_name: str
    label: str


KINDS: dict[str, Kind] = {
    "news": Kind("news", "NewsPage", _("News")),
    "programme": Kind("programmes", "ProgrammePage", _("Programme")),
    "service": Kind("services", "ServicePage", _("Service")),
    "author": Kind("news", "AuthorPage", _("Author")),
    "page": Kind("home", "StandardPage", _("Page")),
    "unit": Kind("organisation", "OrganisationUnitPage", _("Organisation unit")),
    "ppid": Kind("ppid", "PublicInformationPage", _("Public information")),
    "survey": Kind("survey", "SurveyResultsPage", _("Satisfaction survey")),
    "complaint": Kind("contact", "ComplaintPage", _("Complaints")),
    "contact": Kind("contact", "ContactFormPage", _("Contact")),
}


def kind_model(kind: str):
    entry = KINDS[kind]
    return apps.get_model(entry.app_label, entry.model_name)


def kind_of_model(model) -> str | None:
    for kind in KINDS:
        if issubclass(model, kind_model(kind)):
            return kind
    return None


def kind_label(kind: str | None) -> str:
    return KINDS[kind].label if kind else ""
