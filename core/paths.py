"""Which requests are the admin's: one rule for every middleware that treats them apart."""

from django.conf import settings


def is_admin_path(path):
    # Both admins live under ADMIN_URL_PATH (cms/urls.py); Django's at ADMIN_URL_PATH + "django/".
    return path.startswith("/" + settings.ADMIN_URL_PATH)
