"""`{% related_services programme %}`: the "Related services" list on a programme page.

A template tag of the services app, so that programmes never imports services (services
depends on programmes, not the other way round).
"""

from django import template

from services.models import ServicePage

register = template.Library()


@register.inclusion_tag("services/includes/related_services.html", takes_context=True)
def related_services(context, programme):
    # The request lets {% pageurl %} give site-relative links.
    return {"request": context.get("request"), "services": list(ServicePage.objects.for_programme(programme))}
