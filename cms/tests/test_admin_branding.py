"""The admin carries the department's name and logo, and the sign-in page speaks Indonesian."""

from django.urls import reverse
from django.utils import translation


def test_sign_in_page_is_the_department_s_in_indonesian(client, db):
    html = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Masuk ke situs Dinas Sosial DIY" in html and "setiap upaya masuk dicatat" in html
    assert "<title>Masuk - Dinas Sosial DIY</title>" in " ".join(html.split())
    assert 'src="/static/img/logo.svg" alt="Dinas Sosial DIY"' in html and "/static/img/favicon.svg" in html
    assert "Sign in to Wagtail" not in html and "Masuk ke Wagtail" not in html


def test_every_admin_screen_shows_the_department_s_logo(admin_client):
    with translation.override("id"):
        html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-wagtail-sidebar-branding-logo" in html
    logo = html[html.index("data-wagtail-sidebar-branding-logo"):]
    assert logo.index('alt="Dinas Sosial DIY"') < logo.index("</template>")
    assert "- Dinas Sosial DIY</title>" in html
