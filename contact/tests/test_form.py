"""The contact form: a message is stored and e-mailed; spam and bad input are refused, nothing stored."""

from unittest import mock

import pytest
from django.core import mail
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission

from contact.forms import HONEYPOT_FIELD, TOKEN_FIELD

from .conftest import form_data, send, token_made

pytestmark = pytest.mark.django_db


def django_message(text, language="id"):
    with translation.override(language):
        return translation.gettext(text)


def test_form_page_renders_fields_token_honeypot_and_privacy_notice(client, contact_page, settings):
    response = client.get(contact_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Nama", "E-mail", "Telepon", "Topik", "Pesan"):
        assert f">{label} " in html or f">{label}<" in html, label
    assert f'name="{TOKEN_FIELD}"' in html and 'name="csrfmiddlewaretoken"' in html
    assert f'<div class="contact-form__trap" aria-hidden="true"><label for="id_{HONEYPOT_FIELD}">' in html
    assert 'maxlength="4000"' in html  # the message field is bounded, as the server checks
    # The privacy notice: what, why, how long (from the setting), who reads it.
    assert "Data pribadi Anda" in html and f"{settings.CONTACT_RETENTION_DAYS} hari" in html
    assert "UU" in html or "Undang-Undang" in html
    # Made for this visitor now: never kept by nginx or the browser.
    assert "no-store" in response["Cache-Control"] and "X-Accel-Expires" not in response


def test_happy_path_stores_the_message_and_sends_the_mail(client, contact_page):
    response = send(client, contact_page)
    assert response.status_code == 200
    assert "Terima kasih, pesan Anda sudah terkirim." in response.content.decode()
    assert "Kami membalas dalam lima hari kerja." in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page)
    # Only the editor's fields are kept: not the token, not the honeypot.
    assert submission.form_data == {"nama": "Sri Wahyuni", "e_mail": "sri@example.org", "telepon": "",
                                    "topik": "Pertanyaan",
                                    "pesan": "Apakah LK3 melayani konsultasi keluarga di Bantul?"}
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["layanan@example.org"] and message.from_email == "noreply@example.org"
    assert message.subject == "Pesan baru" and message.reply_to == ["sri@example.org"]
    assert "Pesan: Apakah LK3 melayani konsultasi keluarga di Bantul?" in message.body
    assert TOKEN_FIELD not in message.body and "365 hari" in message.body


def test_a_failing_mail_server_loses_no_message(client, contact_page, caplog):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("connection refused")):
        response = send(client, contact_page)
    assert response.status_code == 200 and FormSubmission.objects.count() == 1
    assert "could not be sent" in caplog.text


def test_english_page_answers_in_english(client, english):
    page = english["contact"]
    html = client.get(page.url).content.decode()
    assert "Your personal data" in html and "Send message" in html
    response = send(client, page, e_mail="not an address")
    assert response.status_code == 400
    assert django_message("Enter a valid email address.", "en") in response.content.decode()
    response = send(client, page)
    assert response.status_code == 200 and "Thank you, your message has been sent." in response.content.decode()
    assert FormSubmission.objects.get().page_id == page.pk


# --- Spam defences: each refuses, keeps what the visitor typed, and stores nothing ----------------

@pytest.mark.parametrize("overrides,message", [
    ({HONEYPOT_FIELD: "http://spam.example"}, "Pesan Anda tidak dapat dikirim."),
    ({TOKEN_FIELD: "forged"}, "Pesan Anda tidak dapat dikirim."),
    ({TOKEN_FIELD: ""}, "Pesan Anda tidak dapat dikirim."),
    ({TOKEN_FIELD: "FAST"}, "Cepat sekali."),
    ({TOKEN_FIELD: "STALE"}, "Formulir ini terbuka lama sekali."),
])
def test_spam_defences_refuse_and_store_nothing(client, contact_page, overrides, message):
    if overrides.get(TOKEN_FIELD) == "FAST":
        overrides[TOKEN_FIELD] = token_made(contact_page, seconds_ago=0)
    if overrides.get(TOKEN_FIELD) == "STALE":
        overrides[TOKEN_FIELD] = token_made(contact_page, seconds_ago=3 * 24 * 3600)
    response = send(client, contact_page, **overrides)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html and 'role="alert"' in html
    assert "Apakah LK3 melayani konsultasi keluarga di Bantul?" in html  # nothing typed is lost
    assert FormSubmission.objects.count() == 0 and mail.outbox == []


def test_a_token_for_another_page_is_refused(client, contact_page, english):
    response = send(client, contact_page, **{TOKEN_FIELD: token_made(english["contact"])})
    assert response.status_code == 400 and FormSubmission.objects.count() == 0


def test_the_form_shown_again_carries_a_fresh_token_that_works(client, contact_page):
    response = send(client, contact_page, **{TOKEN_FIELD: token_made(contact_page, seconds_ago=0)})
    fresh = response.content.decode().split(f'name="{TOKEN_FIELD}" value="')[1].split('"')[0]
    with mock.patch("contact.spam.antispam.time.time", return_value=__import__("time").time() + 10):
        assert send(client, contact_page, **{TOKEN_FIELD: fresh}).status_code == 200
    assert FormSubmission.objects.count() == 1


def test_rate_limit_is_per_visitor(client, contact_page, settings):
    limit, _window = settings.CONTACT_RATE_LIMIT
    for _ in range(limit):
        assert send(client, contact_page, address="203.0.113.5").status_code == 200
    refused = send(client, contact_page, address="203.0.113.5")
    assert refused.status_code == 429 and "Anda sudah mengirim beberapa pesan" in refused.content.decode()
    assert FormSubmission.objects.count() == limit and len(mail.outbox) == limit
    # Another visitor is not held back by the first one.
    assert send(client, contact_page, address="198.51.100.7").status_code == 200
    assert FormSubmission.objects.count() == limit + 1


# --- Bad input: the form again, with a clear message on the field, nothing stored ----------------

@pytest.mark.parametrize("overrides,field,message", [
    ({"pesan": "x" * 4001}, "pesan", "Pastikan nilai ini mengandung paling banyak"),
    ({"nama": "n" * 256}, "nama", "Pastikan nilai ini mengandung paling banyak"),
    ({"e_mail": "sri@"}, "e_mail", "Enter a valid email address."),
    ({"nama": "Sri\x00Wahyuni"}, "nama", "Null characters are not allowed."),
    ({"pesan": "Halo\x00"}, "pesan", "Null characters are not allowed."),
    ({"nama": ""}, "nama", "This field is required."),
    ({"pesan": "   "}, "pesan", "This field is required."),
    ({"topik": "Bukan pilihan"}, "topik", "Select a valid choice. %(value)s is not one of the available choices."),
])
def test_bad_input_shows_the_form_again_with_messages(client, contact_page, overrides, field, message):
    response = send(client, contact_page, **overrides)
    html = response.content.decode()
    assert response.status_code == 400
    expected = message if message.startswith("Pastikan") else django_message(message)
    assert expected.split("%")[0].split("{")[0][:30] in html, expected
    assert f'id="id_{field}-error"' in html and f'href="#id_{field}"' in html
    assert 'aria-invalid="true"' in html
    assert FormSubmission.objects.count() == 0 and mail.outbox == []


def test_missing_fields_altogether_are_refused_without_error(client, contact_page):
    response = client.post(contact_page.url, {TOKEN_FIELD: form_data(contact_page)[TOKEN_FIELD]})
    assert response.status_code == 400 and FormSubmission.objects.count() == 0


def test_nul_bytes_in_the_token_or_honeypot_do_not_break_anything(client, contact_page):
    assert send(client, contact_page, **{TOKEN_FIELD: "\x00"}).status_code == 400
    assert send(client, contact_page, **{HONEYPOT_FIELD: "\x00"}).status_code == 400
    assert FormSubmission.objects.count() == 0


def test_every_field_type_is_labelled_and_described_by_elements_that_exist(client, contact_page):
    import re

    from contact.models import ContactFormField

    for i, (label, kind, choices) in enumerate([("Cara dihubungi", "radio", "Telepon\nE-mail"),
                                                ("Hari", "checkboxes", "Senin\nSelasa"),
                                                ("Setuju", "checkbox", ""), ("Situs", "url", ""),
                                                ("Tanggal", "date", ""), ("Jumlah", "number", "")]):
        ContactFormField.objects.create(page=contact_page, label=label, field_type=kind, choices=choices,
                                        help_text=f"Bantuan {label}", sort_order=10 + i)
    html = send(client, contact_page, nama="").content.decode()
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    described = {ref for refs in re.findall(r'aria-describedby="([^"]+)"', html) for ref in refs.split()}
    assert described and described <= ids, described - ids
    assert "<legend>Cara dihubungi" in html and "<legend>Hari" in html
    for target in re.findall(r'href="#(id_[^"]+)"', html):
        assert target in ids, target
