"""The classifications of public information (UU 14/2008) and the units that hold it."""

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


class ResponsibleUnit(models.TextChoices):
    """The secretariat, the four divisions and the six balai of Dinas Sosial DIY.

    A stand-in until the organisation units are modelled: each slug then maps onto one unit.
    """

    SEKRETARIAT = "sekretariat", _("Secretariat")
    PEMBERDAYAAN = "pemberdayaan-sosial", _("Social Empowerment Division")
    REHABILITASI = "rehabilitasi-sosial", _("Social Rehabilitation Division")
    PERLINDUNGAN = "perlindungan-jaminan-sosial", _("Social Protection and Security Division")
    FAKIR_MISKIN = "penanganan-fakir-miskin", _("Poverty Handling Division")
    BRSPA = "brspa", _("Centre for Social Rehabilitation and Child Care (BRSPA)")
    BPRSR = "bprsr", _("Centre for Youth Protection and Social Rehabilitation (BPRSR)")
    BPSTW = "bpstw", _("Centre for Elderly Social Services (BPSTW)")
    BRTPD = "brtpd", _("Integrated Rehabilitation Centre for Persons with Disabilities (BRTPD)")
    BRSBKL = "brsbkl", _("Centre for Social Rehabilitation Bina Karya and Laras (BRSBKL)")
    BPRSW = "bprsw", _("Centre for Women's Protection and Social Rehabilitation (BPRSW)")
