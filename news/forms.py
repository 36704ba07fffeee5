"""Admin form for news posts."""

from core.forms import PageForm


class NewsPageForm(PageForm):
    """Lets the authors formset, not NewsPage.clean(), judge "at least one author" in the admin.

    Django validates the model before modelcluster validates the inline formsets, so when
    NewsPage.clean() runs for a new post the submitted authors are not attached yet and the
    rule would reject every new post. The authors InlinePanel has min_num=1, which enforces
    the same rule on the submitted data; code paths outside the admin still get the model check.
    """

    def _post_clean(self):
        # A private hook of Django's ModelForm: recorded in core.compat_django, whose test checks
        # its signature against the pinned version.
        self.instance.authors_checked_by_form = True
        try:
            super()._post_clean()
        finally:
            del self.instance.authors_checked_by_form
