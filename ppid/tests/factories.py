"""Factories for the PPID page types; every page is created published under its real parent."""

import factory
import wagtail_factories

from ppid.models import InformationServiceReportPage, PPIDIndexPage, PublicInformationPage


class PPIDIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PPIDIndexPage

    title = "PPID"
    slug = "ppid"
    intro = "Layanan informasi publik Dinas Sosial DIY."


class PublicInformationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PublicInformationPage

    title = factory.Sequence(lambda n: f"Informasi publik {n}")
    category = "berkala"
    year = 2024
    summary = "Ringkasan informasi publik."
    person_responsible = "Sekretaris Dinas"
    information_format = "Softcopy (PDF)"
    retention_period = "5 tahun"


class InformationServiceReportPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InformationServiceReportPage

    title = "Laporan Layanan Informasi Publik 2024"
    year = 2024
    summary = "Ringkasan layanan informasi publik tahun 2024."
    requests_received = 40
    granted_in_full = 30
    granted_in_part = 5
    refused = 3
    average_days = 4.5
