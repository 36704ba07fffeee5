"""The citizen's channels to the department: the "Hubungi kami" form and the Pengaduan page.

ContactFormPage is Wagtail's form builder page (editors choose the fields) with the spam
defences of spam.py, a privacy notice built from CONTACT_RETENTION_DAYS, and submissions that
only the Penyetuju read (wagtail_hooks.py) and that retention.py deletes when their time is up.
ComplaintPage points to SP4N-LAPOR!, the national complaints system agencies are asked to use,
and lists the department's own channels as structured rows.
"""

import logging
import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator, validate_email
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.fields import page_fields
from core.forms import PageForm
from core.metadata import PageMetadataMixin
from core.restrictions import ViewRestrictionMemoMixin
from search.indexing import STEMMED_SEARCH_FIELDS, StemmedSearchMixin

from . import spam
from .forms import TOKEN_FIELD, ContactFormBuilder, ContactPageForm

logger = logging.getLogger(__name__)

LAPOR_URL = "https://www.lapor.go.id"
SUBMISSIONS_PERMISSION = "contact.view_contact_submissions"


class SubmissionsPanel(FormSubmissionsPanel):
    """The count of received messages, shown only to those who may read them (wagtail_hooks.py)."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            return self.request.user.has_perm(SUBMISSIONS_PERMISSION) and super().is_shown()


class ContactFormField(TranslatableMixin, AbstractFormField):
    page = ParentalKey("ContactFormPage", related_name="form_fields", on_delete=models.CASCADE)

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")

    # --- Translation: what visitors read is translated; the field's name (the key of the stored
    # answers) and its type stay the same in every language.
    translatable_fields = [
        TranslatableField("label"), TranslatableField("help_text"), TranslatableField("choices"),
        TranslatableField("default_value"), SynchronizedField("clean_name"), SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]


class ContactFormPage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, AbstractEmailForm):
    base_form_class = ContactPageForm
    form_builder = ContactFormBuilder

    intro = models.TextField(_("introduction"), max_length=400, blank=True,
                             help_text=_("What this form is for, and what to use instead (e.g. complaints)."))
    thank_you_text = RichTextField(_("thank-you text"), features=RICH_TEXT_FEATURES, blank=True,
                                   help_text=_("Shown after a message was sent: when and how the sender hears back."))

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = AbstractEmailForm.content_panels + [
        SubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields"), heading=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
            FieldPanel("subject"),
        ], heading=_("E-mail notification")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "intro")
    search_body_fields = ()

    class Meta:
        verbose_name = _("contact form page")
        permissions = [("view_contact_submissions", "Can read the messages sent through contact forms")]

    # --- Translation: all text; where notifications go stays the same in every language.
    translatable_fields = page_fields(
        TranslatableField("intro"), TranslatableField("thank_you_text"), TranslatableField("form_fields"),
        SynchronizedField("to_address"), SynchronizedField("from_address"), SynchronizedField("subject"),
    )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["retention_days"] = settings.CONTACT_RETENTION_DAYS
        return context

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if not form.is_bound:
            form.fields[TOKEN_FIELD].initial = spam.make_token(self)
        return form

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            response = self.serve_post(request, *args, **kwargs)
        else:
            response = super().serve(request, *args, **kwargs)
        # The form carries a time-trap token and a CSRF token made for this visitor, now.
        add_never_cache_headers(response)
        return response

    def serve_post(self, request, *args, **kwargs):
        refusal = spam.refusal(request, self)
        data = request.POST.copy()
        data[TOKEN_FIELD] = spam.make_token(self)  # a fresh clock if the form is shown again
        form = self.get_form(data, request.FILES, page=self, user=request.user)
        status = 400
        if refusal is None and form.is_valid():
            if spam.within_rate_limit(request):
                return self.render_landing_page(request, self.process_form_submission(form), *args, **kwargs)
            refusal, status = spam.RATE_LIMITED, 429
        if refusal is not None:
            form.is_valid()
            form.add_error(None, refusal)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def send_mail(self, form):
        """The notification, answerable with "Reply" when the form asks for an e-mail address.

        A mail server that is down must not lose the message: it is stored already, and the
        Penyetuju read it in the admin; the failure is logged.
        """
        reply_to = [value for name, value in form.cleaned_data.items()
                    if value and isinstance(form.fields[name], forms.EmailField)][:1]
        with translation.override(settings.LANGUAGE_CODE):
            message = EmailMessage(
                subject=self.subject or gettext("New message: %(title)s") % {"title": self.title},
                body=self.render_email(form), from_email=self.from_address or None,
                to=[address.strip() for address in self.to_address.split(",")], reply_to=reply_to)
        try:
            message.send()
        except Exception:  # noqa: BLE001 - see the docstring
            logger.exception("Contact form notification for page %s could not be sent", self.pk)

    def render_email(self, form):
        sent = date_format(timezone.localtime(), "j F Y H:i")
        header = gettext("Sent through the form “%(title)s” on %(time)s.") % {"title": self.title, "time": sent}
        footer = gettext("This message holds personal data (UU 27/2022). Answer it, then delete it from the mailbox; "
                         "the copy in the admin is deleted after %(days)s days.") % {
            "days": settings.CONTACT_RETENTION_DAYS}
        return f"{header}\n\n{super().render_email(form)}\n\n-- \n{footer}\n"


class ChannelType(models.TextChoices):
    PHONE = "telepon", _("Telephone")
    WHATSAPP = "whatsapp", _("WhatsApp")
    SMS = "sms", _("SMS")
    EMAIL = "email", _("E-mail")
    OFFICE = "kantor", _("In person at the office")
    LETTER = "surat", _("Letter")
    SOCIAL = "media-sosial", _("Social media")


NUMBER_TYPES = {ChannelType.PHONE, ChannelType.WHATSAPP, ChannelType.SMS}
PHONE_NUMBER = re.compile(r"^\+?[0-9 ().-]{6,30}$")


class ComplaintPage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, Page):
    base_form_class = PageForm
    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    lapor_url = models.URLField(_("SP4N-LAPOR! address"), default=LAPOR_URL,
                                help_text=_("The national public complaints system; the department's own page "
                                            "there, if it has one."))
    lapor_intro = models.TextField(_("about SP4N-LAPOR!"), max_length=600, blank=True,
                                   help_text=_("Optional: what to expect when complaining through SP4N-LAPOR!."))
    response_days = models.PositiveSmallIntegerField(
        _("response time (working days)"), default=5, validators=[MinValueValidator(1), MaxValueValidator(90)],
        help_text=_("The longest time before a complainant hears back from the department."))
    response_promise = models.TextField(_("more about the response"), max_length=600, blank=True,
                                        help_text=_("Optional: how complaints are followed up and resolved."))
    contact_page = models.ForeignKey("contact.ContactFormPage", verbose_name=_("contact form"), null=True,
                                     blank=True, on_delete=models.SET_NULL, related_name="+",
                                     help_text=_("For questions and suggestions that are not complaints."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more information"))

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("lapor_url"), FieldPanel("lapor_intro")], heading="SP4N-LAPOR!"),
        InlinePanel("channels", label=_("Complaint channel"), heading=_("The department's own channels")),
        MultiFieldPanel([FieldPanel("response_days"), FieldPanel("response_promise")],
                        heading=_("Response-time promise")),
        PageChooserPanel("contact_page"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"), index.SearchField("lapor_intro"), index.SearchField("response_promise"),
        index.SearchField("body"),
        index.RelatedFields("channels", [index.SearchField("label"), index.SearchField("value")]),
    ] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "intro")
    search_body_fields = ("lapor_intro", "response_promise", "channels", "body")

    class Meta:
        verbose_name = _("complaints page")

    # --- Translation: all text; the LAPOR! address, the promised days and the form link are the same
    # in every language (the link is followed to the visitor's language, see contact_form()).
    translatable_fields = page_fields(
        TranslatableField("intro"), TranslatableField("lapor_intro"), TranslatableField("response_promise"),
        TranslatableField("body"), TranslatableField("channels"), SynchronizedField("lapor_url"),
        SynchronizedField("response_days"), SynchronizedField("contact_page"),
    )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["channel_list"] = list(self.channels.all())
        context["contact_form"] = self.contact_form()
        return context

    def contact_form(self):
        """The contact form in this page's language when it is translated and live, else in the source language."""
        if self.contact_page_id is None:
            return None
        page = self.contact_page.get_translation_or_none(self.locale) or self.contact_page
        return page if page.live else None


class ComplaintChannel(TranslatableMixin, Orderable):
    page = ParentalKey(ComplaintPage, related_name="channels", on_delete=models.CASCADE)
    channel_type = models.CharField(_("channel"), max_length=20, choices=ChannelType.choices)
    label = models.CharField(_("name"), max_length=120, blank=True,
                             help_text=_("Optional, e.g. 'Pengaduan layanan rehabilitasi'."))
    value = models.CharField(_("address or number"), max_length=255,
                             help_text=_("The number, e-mail address, web address (https://) or postal address."))
    hours = models.CharField(_("hours"), max_length=160, blank=True, help_text=_("e.g. Senin–Jumat 08.00–15.30 WIB"))
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [FieldRowPanel([FieldPanel("channel_type"), FieldPanel("label")]), FieldPanel("value"),
              FieldRowPanel([FieldPanel("hours"), FieldPanel("note")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("complaint channel")

    # --- Translation: all text (a postal address is text too); the channel type is the same everywhere.
    translatable_fields = [
        SynchronizedField("channel_type"), TranslatableField("label"), TranslatableField("value"),
        TranslatableField("hours"), TranslatableField("note"),
    ]

    def __str__(self):
        return " ".join(filter(None, [self.label or self.get_channel_type_display(), self.value]))

    def clean(self):
        super().clean()
        value = (self.value or "").strip()
        try:
            if self.channel_type in NUMBER_TYPES and not (PHONE_NUMBER.match(value)
                                                          and len(re.sub(r"[^0-9]", "", value)) >= 6):
                raise ValidationError(_("Enter a telephone number, e.g. (0274) 555 0100 or +62 812 0000 0000."))
            if self.channel_type == ChannelType.EMAIL:
                validate_email(value)
            if self.channel_type == ChannelType.SOCIAL:
                URLValidator(schemes=["https"])(value)
        except ValidationError as error:
            raise ValidationError({"value": error.messages}) from error

    def href(self):
        """Where the channel's value links to, or "" for an address."""
        value = self.value.strip()
        digits = re.sub(r"[^0-9]", "", value)
        if self.channel_type == ChannelType.PHONE:
            return "tel:" + ("+" if value.startswith("+") else "") + digits
        if self.channel_type == ChannelType.SMS:
            return "sms:" + ("+" if value.startswith("+") else "") + digits
        if self.channel_type == ChannelType.WHATSAPP:
            return "https://wa.me/" + (f"62{digits[1:]}" if digits.startswith("0") else digits)
        if self.channel_type == ChannelType.EMAIL:
            return f"mailto:{value}"
        if self.channel_type == ChannelType.SOCIAL and value.startswith("https://"):
            return value
        return ""
