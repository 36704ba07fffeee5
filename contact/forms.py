"""The public contact form: Wagtail's form builder plus the shared spam defences.

Editors choose the fields; this module bounds what a visitor can send (every text field has a
maximum length, Django refuses NUL characters) and adds the time-trap token and the honeypot
(core.antispam). Their names contain a hyphen, which Wagtail never gives an editor's field
(clean names are snake_case), so no field an editor adds can collide with them, and they are
dropped from the cleaned data: nothing of them is stored or e-mailed.
"""

from django import forms
from django.conf import settings
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, WagtailAdminFormPageForm

from core import antispam
from core.forms import ContentChangeMixin

TOKEN_FIELD = "form-token"
HONEYPOT_FIELD = "web-site"
SPAM_FIELDS = (TOKEN_FIELD, HONEYPOT_FIELD)


class ContactBaseForm(BaseForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[TOKEN_FIELD] = forms.CharField(widget=forms.HiddenInput, max_length=200, required=False)
        self.fields[HONEYPOT_FIELD] = antispam.honeypot_field()
        self.describe_fields()

    def full_clean(self):
        super().full_clean()
        for name in SPAM_FIELDS:
            getattr(self, "cleaned_data", {}).pop(name, None)
        self.describe_fields()

    def describe_fields(self):
        """Help and errors are announced with their field (ids as in contact/includes/field.html)."""
        errors = self._errors or {}
        for name, field in self.fields.items():
            ids = [f"id_{name}-help"] if field.help_text else []
            if name in errors:
                ids.append(f"id_{name}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def visible_editor_fields(self):
        return [field for field in self.visible_fields() if field.name not in SPAM_FIELDS]


class ContactFormBuilder(FormBuilder):
    def create_multiline_field(self, field, options):
        # Wagtail bounds single-line fields (255) but not text areas.
        options["max_length"] = settings.CONTACT_MESSAGE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = 254
        return super().create_email_field(field, options)

    def create_hidden_field(self, field, options):
        options["max_length"] = 255
        return super().create_hidden_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = 500
        return super().create_url_field(field, options)

    def get_form_class(self):
        return type("ContactForm", (ContactBaseForm,), self.formfields)


class ContactPageForm(ContentChangeMixin, WagtailAdminFormPageForm):
    """The admin form of the contact page: Wagtail's duplicate-name check, the project's change check."""
