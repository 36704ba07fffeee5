"""`{% fragment "name" key … %}…{% endfragment %}`: a piece of a page rendered once per content
version and shared by every worker (core.frame.fragment), instead of on every request.

    {% load fragment_tags %}
    {% fragment "article-main" page.pk page.last_published_at %} … {% endfragment %}

The key is the name, the given values, the language, the scheme and the host; the content
version (bumped by every publish, unpublish, move, delete, translation publish and site-wide
change) is added by core.frame, so a fragment is never older than the content it shows.
Previews render it afresh and store nothing. Only put inside what is the same for every
visitor: no forms with CSRF tokens, no userbar, nothing from the session. Variables set inside
the block (`{% … as x %}`) are not seen after it.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core import frame

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, keys, nodelist):
        self.name, self.keys, self.nodelist = name, keys, nodelist

    def render(self, context):
        request = context.get("request")
        name = self.name.resolve(context)
        key = (tuple(value.resolve(context) for value in self.keys), get_language(),
               getattr(request, "scheme", ""), frame.request_host(request) if request is not None else "")
        return mark_safe(frame.fragment(request, f"html:{name}", key, lambda: str(self.nodelist.render(context))))


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name, e.g. {{% {bits[0]} \"article\" page.pk %}}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]], nodelist)
