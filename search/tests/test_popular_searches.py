"""'Popular searches' shows only what editors suggest (search.models.SuggestedSearches)."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from search.models import SuggestedSearches

SPAM = "slot gacor maxwin"


def suggest(indonesian="", english=""):
    setting = SuggestedSearches.load()
    setting.indonesian, setting.english = indonesian, english
    setting.full_clean()
    setting.save()


@pytest.mark.django_db
def test_visitors_cannot_publish_a_phrase_by_searching_it(client, site_tree):
    # The attack that worked before: repeated searches, each missing the page cache.
    for n in range(10):
        client.get("/cari/", {"q": SPAM, "x": n})
    for page in ("/cari/", "/cari/?q=zzqx+tidak+ada", "/en/search/", "/en/search/?q=zzqx"):
        assert "gacor" not in client.get(page).content.decode(), page


@pytest.mark.django_db
def test_editors_suggestions_are_shown_per_language(client, site_tree):
    suggest(indonesian="bantuan sosial\n  LK3  \n\nrumah tidak layak huni", english="social assistance")
    empty = client.get("/cari/").content.decode()
    assert "Pencarian populer" in empty
    assert '?q=bantuan%20sosial' in empty and "?q=LK3" in empty and "rumah tidak layak huni" in empty
    assert "social assistance" not in empty
    nothing = client.get("/cari/", {"q": "zzqx plok"}).content.decode()
    assert "Tidak ada halaman" in nothing and "?q=LK3" in nothing
    english = client.get("/en/search/").content.decode()
    assert "social assistance" in english and "bantuan sosial" not in english


@pytest.mark.django_db
def test_no_suggestions_no_section(client, site_tree):
    assert "Pencarian populer" not in client.get("/cari/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("text, field", [("\n".join(f"kata {n}" for n in range(9)), "indonesian"),
                                         ("x" * 101, "indonesian")])
def test_too_many_or_too_long_suggestions_are_refused(text, field):
    setting = SuggestedSearches.load()
    setting.indonesian = text
    with pytest.raises(ValidationError) as error:
        setting.full_clean()
    assert field in error.value.message_dict


@pytest.mark.django_db
def test_the_setting_edits_in_the_admin_with_a_clear_message(admin_client):
    setting = SuggestedSearches.load()
    url = reverse("wagtailsettings:edit", args=["search", "suggestedsearches", setting.pk])
    response = admin_client.post(url, {"indonesian": "\n".join(f"kata {n}" for n in range(9)), "english": ""})
    assert response.status_code == 200
    assert "Paling banyak 8 pencarian" in response.content.decode()
    assert not SuggestedSearches.load().indonesian
