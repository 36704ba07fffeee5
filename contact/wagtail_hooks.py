"""Who reads the messages sent through the contact form: the holders of SUBMISSIONS_PERMISSION
(the Penyetuju, editorial/roles.py), and superusers.

Wagtail shows a form page's submissions to everyone who may edit the page, which would include
every Penulis; the messages are personal data (UU 27/2022), so the contact pages are taken out
of the form list for anyone without the permission. Other form pages are left to Wagtail's rule.
"""

from wagtail import hooks

from .models import SUBMISSIONS_PERMISSION, ContactFormPage


@hooks.register("filter_form_submissions_for_user")
def contact_submissions_for_readers_only(user, form_pages):
    if user.has_perm(SUBMISSIONS_PERMISSION):
        return form_pages
    return form_pages.not_type(ContactFormPage)
