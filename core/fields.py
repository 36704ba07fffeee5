"""Page-field helpers shared by every page model."""

from wagtail_localize.fields import SynchronizedField, TranslatableField


def page_fields(*fields):
    """The Page fields every page type translates or synchronises, followed by the model's own `fields`.

    Each page model declares its `translatable_fields` explicitly with this helper, so what is
    translated versus synchronised is written down rather than guessed by wagtail-localize.
    """
    return [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
        *fields,
    ]
