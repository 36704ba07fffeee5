from django.utils.translation import gettext as _

from core.forms import PageForm


class SurveyResultsPageForm(PageForm):
    """Refuses two rows for the same period: the chart and the 'latest' figure would be ambiguous."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("periods")
        if formset is None or not formset.is_valid():
            return cleaned_data
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            key = (data.get("year"), data.get("half"))
            if key in seen:
                form.add_error("half", _("This period is entered twice; keep one row per period."))
                self.add_error(None, _("Each survey period may be entered only once."))
            seen.add(key)
        return cleaned_data
