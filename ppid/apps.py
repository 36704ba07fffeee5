from django.apps import AppConfig


class PpidConfig(AppConfig):
    """Public-information disclosure (UU 14/2008 KIP, Perki 1/2021): its own legal domain."""

    name = "ppid"
    verbose_name = "PPID"
