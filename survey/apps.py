from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveyConfig(AppConfig):
    """Public satisfaction surveys (SKM, Permenpan-RB 14/2017): results per period and their index."""

    name = "survey"
    verbose_name = _("Satisfaction surveys")
