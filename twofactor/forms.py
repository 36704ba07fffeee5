from django import forms
from django.utils.translation import gettext_lazy as _

from . import devices


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"), max_length=32,
        help_text=_("The six digits shown in your authenticator app, or one of your backup codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True,
                                      "autocapitalize": "off", "spellcheck": "false"}),
    )

    def clean_code(self):
        code = devices.normalise(self.cleaned_data["code"])
        if not code or len(code) > 16:
            raise forms.ValidationError(_("Enter a code of six digits or a backup code."))
        return code


class EnrolForm(CodeForm):
    code = forms.CharField(
        label=_("Code from the app"), max_length=32,
        help_text=_("After adding the account to the app, type the six digits it shows."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                      "autofocus": True}),
    )

    def clean_code(self):
        code = super().clean_code()
        if not code.isdigit():
            raise forms.ValidationError(_("Enter the six digits shown in the app."))
        return code
