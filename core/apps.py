from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app uses: StreamField blocks and their templates, page-field helpers, pagination.

    No models; it imports no other app of the project.
    """

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from core.compat_wagtail import use_memo_for_private_sections

        use_memo_for_private_sections()
