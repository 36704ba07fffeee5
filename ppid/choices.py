"""The classifications of public information (UU 14/2008)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

MIN_YEAR = 1945
MAX_YEAR = 2100


class KIPCategory(models.TextChoices):
    """UU 14/2008: Article 9 (berkala), 10 (serta-merta), 11 (setiap saat) and 17 (dikecualikan)."""

    BERKALA = "berkala", _("Periodic information")
    SERTA_MERTA = "serta-merta", _("Immediate information")
    SETIAP_SAAT = "setiap-saat", _("Information available at any time")
    DIKECUALIKAN = "dikecualikan", _("Exempted information")


PUBLIC_CATEGORIES = (KIPCategory.BERKALA, KIPCategory.SERTA_MERTA, KIPCategory.SETIAP_SAAT)
