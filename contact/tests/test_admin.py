"""Who reads the messages (Penyetuju yes, Penulis no) and how long they are kept."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from contact.models import SUBMISSIONS_PERMISSION
from editorial.roles import PENERJEMAH, PENULIS, PENYETUJU, sync_roles

pytestmark = pytest.mark.django_db

MESSAGE = "Mohon info jadwal LK3 di Sleman."


@pytest.fixture
def users(home_page, django_user_model):
    sync_roles()
    made = {}
    for role in (PENULIS, PENYETUJU, PENERJEMAH):
        user = django_user_model.objects.create_user(username=role.lower(), password="x" * 16)
        user.groups.add(Group.objects.get(name=role))
        made[role] = user
    made["admin"] = django_user_model.objects.create_superuser(username="admin", password="x" * 16)
    return made


@pytest.fixture
def submission(contact_page):
    return FormSubmission.objects.create(page=contact_page, form_data={"nama": "Sri", "pesan": MESSAGE})


@pytest.mark.parametrize("role,may_read", [(PENYETUJU, True), ("admin", True), (PENULIS, False),
                                           (PENERJEMAH, False)])
def test_only_penyetuju_and_superusers_read_the_messages(client, users, contact_page, submission, role, may_read):
    user = users[role]
    assert user.has_perm(SUBMISSIONS_PERMISSION) is may_read
    client.force_login(user)
    listing = client.get("/admin/forms/")
    messages = client.get(f"/admin/forms/submissions/{contact_page.pk}/")
    edit = client.get(f"/admin/pages/{contact_page.pk}/edit/")
    if may_read:
        assert listing.status_code == 200 and contact_page.title in listing.content.decode()
        assert messages.status_code == 200 and MESSAGE in messages.content.decode()
        assert f"/admin/forms/submissions/{contact_page.pk}/" in edit.content.decode()  # the count panel
    else:
        assert contact_page.title not in listing.content.decode()
        assert messages.status_code in (302, 403) and MESSAGE not in messages.content.decode()
        assert f"/admin/forms/submissions/{contact_page.pk}/" not in edit.content.decode()


def test_penyetuju_may_delete_a_message_on_request(client, users, contact_page, submission):
    client.force_login(users[PENYETUJU])
    url = f"/admin/forms/submissions/{contact_page.pk}/delete/?selected-submissions={submission.pk}"
    assert client.post(url).status_code == 302
    assert not FormSubmission.objects.exists()


def test_purge_deletes_contact_messages_past_the_retention_period(contact_page, english, settings):
    settings.CONTACT_RETENTION_DAYS = 30
    now = timezone.now()

    def message(page, days_old):
        made = FormSubmission.objects.create(page=page, form_data={"pesan": f"{days_old} hari"})
        FormSubmission.objects.filter(pk=made.pk).update(submit_time=now - datetime.timedelta(days=days_old))
        return made

    old, old_en = message(contact_page, 31), message(english["contact"], 45)
    recent, recent_en = message(contact_page, 29), message(english["contact"], 1)
    out = io.StringIO()
    call_command("purge_contact_submissions", stdout=out)
    assert "contact messages deleted: 2" in out.getvalue()
    assert set(FormSubmission.objects.values_list("pk", flat=True)) == {recent.pk, recent_en.pk}
    assert not FormSubmission.objects.filter(pk__in=[old.pk, old_en.pk]).exists()
    out = io.StringIO()
    call_command("purge_contact_submissions", stdout=out)
    assert "contact messages deleted: 0" in out.getvalue()
