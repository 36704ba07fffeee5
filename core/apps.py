from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app uses: StreamField blocks and their templates, page-field helpers, pagination.

    No models; it imports no other app of the project.
    """

    name = "core"
    verbose_name = "Core"
