"""How long the messages sent through the contact form are kept (CONTACT_RETENTION_DAYS).

Messages are personal data (UU 27/2022): they are kept for answering them and no longer. After
the period they are deleted, in every language's contact page; `manage.py
purge_contact_submissions` does it nightly (deploy/cron/dinsos). A sender's request to delete a
message earlier is met in the admin (Forms → the page → select → delete).
"""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from .models import ContactFormPage


def cutoff(now=None):
    return (now or timezone.now()) - datetime.timedelta(days=settings.CONTACT_RETENTION_DAYS)


def purge(now=None):
    """Delete the contact messages older than the retention period; returns how many."""
    expired = FormSubmission.objects.filter(page__in=ContactFormPage.objects.values("pk"),
                                            submit_time__lt=cutoff(now))
    return expired.delete()[1].get(FormSubmission._meta.label, 0)
