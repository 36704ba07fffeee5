from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import ModelLogEntry

from . import devices, views

LOG_ACTIONS = {
    "twofactor.enrol": (_("Two-step verification: set up"), _("Set up two-step verification")),
    "twofactor.new_codes": (_("Two-step verification: new backup codes"), _("Made new backup codes")),
    "twofactor.turn_off": (_("Two-step verification: turned off"), _("Turned two-step verification off")),
    "twofactor.reset": (_("Two-step verification: reset by an administrator"),
                        _("Reset two-step verification (lost device)")),
}


@hooks.register("register_admin_urls")
def twofactor_admin_urls():
    # Wagtail wraps these in its admin-access check, so they need a signed-in editor; the gate
    # (twofactor/middleware.py) lets the first three through before the second step.
    return [
        path("two-factor/verify/", views.verify, name="twofactor_verify"),
        path("two-factor/enrol/", views.enrol, name="twofactor_enrol"),
        path("two-factor/backup-codes/", views.backup_codes, name="twofactor_backup_codes"),
        path("two-factor/", views.manage, name="twofactor_manage"),
        path("two-factor/reset/<int:user_id>/", views.reset, name="twofactor_reset"),
    ]


@hooks.register("register_log_actions")
def register_twofactor_log_actions(actions):
    # Wagtail keeps no log for user accounts by default; these entries are about an account.
    # (If another app registers one, the later registration for the same type wins.)
    actions.register_model(get_user_model(), ModelLogEntry)
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_account_menu_item")
def twofactor_account_item(request):
    return {"url": reverse("twofactor_manage"), "label": _("Two-step verification"),
            "help_text": _("Protect your account with a code from an authenticator app.")}


@hooks.register("register_user_listing_buttons")
def twofactor_reset_button(user, request_user):
    if views.can_reset(request_user, user) and devices.has_confirmed_device(user):
        yield Button(_("Reset two-step verification"), url=reverse("twofactor_reset", args=[user.pk]),
                     icon_name="key", priority=90)
