"""Local-only demo accounts, one per editorial role, and news posts in each workflow state.

The passwords are fixed and printed by `make run`, so these accounts must never exist on
a server: both functions refuse to run unless DEBUG is on (tests pass allow_insecure=True).
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Locale, Page, Workflow
from wagtail.users.models import UserProfile

from editorial.roles import PENERJEMAH, PENULIS, PENYETUJU, WORKFLOW_NAME, sync_roles
from news.models import AuthorPage, NewsIndexPage, NewsPage, NewsPageAuthor

DEMO_USERS = (
    # username, password, role, display name
    ("penulis", "penulis-lokal-dinsos", PENULIS, "Dewi (Penulis)"),
    ("penyetuju", "penyetuju-lokal-dinsos", PENYETUJU, "Bagus (Penyetuju)"),
    ("penerjemah", "penerjemah-lokal-dinsos", PENERJEMAH, "Rina (Penerjemah)"),
)


class InsecureDemoUsersError(RuntimeError):
    """Raised when demo accounts with public passwords would be created outside development."""


def refuse_unless_local(allow_insecure):
    if not (settings.DEBUG or allow_insecure):
        raise InsecureDemoUsersError(
            "Demo users have published passwords and are for local development only (DEBUG is off).")


@transaction.atomic
def create_demo_users(stdout=None, allow_insecure=False):
    """Create or reset one demo user per role; return [(username, password, role), ...]."""
    refuse_unless_local(allow_insecure)
    sync_roles()
    created = []
    for username, password, role, display_name in DEMO_USERS:
        first_name, _, last_name = display_name.partition(" ")
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.email = f"{username}@example.org"
        user.first_name, user.last_name = first_name, last_name
        # Wagtail rights come from the group only: no Django admin, no superuser.
        user.is_active, user.is_staff, user.is_superuser = True, False, False
        if not user.check_password(password):
            user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        profile = UserProfile.get_for_user(user)
        if profile.preferred_language != "id":
            profile.preferred_language = "id"
            profile.save(update_fields=["preferred_language"])
        created.append((username, password, role))
        if stdout is not None:
            stdout.write(f"Demo {role} (local use only): {username} / {password}\n")
    return created


# slug, title, state; every post is created by the demo Penulis under the first news index.
WORKFLOW_EXAMPLES = (
    ("contoh-draf", "Contoh draf: jadwal posyandu lansia bulan depan", "draft"),
    ("contoh-menunggu-tinjauan", "Contoh menunggu tinjauan: bantuan sosial bagi korban banjir", "in_review"),
    ("contoh-perlu-perbaikan", "Contoh perlu perbaikan: pelatihan pendamping PKH", "needs_changes"),
    ("contoh-terjadwal", "Contoh terjadwal: peringatan Hari Lanjut Usia Nasional", "scheduled"),
)
CHANGES_REQUESTED_COMMENT = "Mohon lengkapi tanggal dan lokasi kegiatan sebelum diterbitkan."


@transaction.atomic
def create_demo_workflow_examples(stdout=None, allow_insecure=False, news_index=None, author=None):
    """Add one news post per workflow state (draft, in review, sent back, scheduled); idempotent.

    load_demo_content passes the demo's own news index and author; without them the default
    locale's first ones are used.
    """
    refuse_unless_local(allow_insecure)
    users = {role: get_user_model().objects.get(username=name) for name, _, role, _ in DEMO_USERS
             if role != PENERJEMAH}
    locale = Locale.get_default()
    news_index = news_index or NewsIndexPage.objects.filter(locale=locale).order_by("path").first()
    author = author or AuthorPage.objects.filter(locale=locale).order_by("path").first()
    if news_index is None or author is None:
        if stdout is not None:
            stdout.write("Workflow examples skipped: no news index or author page yet.\n")
        return []
    made = []
    for slug, title, state in WORKFLOW_EXAMPLES:
        if Page.objects.child_of(news_index).filter(slug=slug).exists():
            continue
        page = add_draft_post(news_index, author, slug, title, users[PENULIS])
        # The staged submissions/approvals would otherwise print a dozen notification
        # mails into the `make run` console.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            move_to_state(page, state, users[PENULIS], users[PENYETUJU])
        made.append((slug, state))
        if stdout is not None:
            stdout.write(f"Workflow example ({state}): {title}\n")
    return made


def add_draft_post(news_index, author, slug, title, penulis):
    page = NewsPage(
        title=title, slug=slug, live=False, owner=penulis,
        summary="Contoh tulisan untuk mencoba alur kerja redaksi.",
        body=[("paragraph", "<p>Isi contoh. Silakan ubah, ajukan, dan setujui tulisan ini.</p>")],
    )
    page.authors.add(NewsPageAuthor(author=author))
    news_index.add_child(instance=page)
    page.save_revision(user=penulis, log_action=True)
    return page


def move_to_state(page, state, penulis, penyetuju):
    if state == "draft":
        return
    if state == "scheduled":
        page.go_live_at = timezone.now() + datetime.timedelta(days=7)
        page.save_revision(user=penulis, log_action=True)
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    workflow_state = workflow.start(page, penulis)
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    if state == "needs_changes":
        task.on_action(task_state, penyetuju, "reject", comment=CHANGES_REQUESTED_COMMENT)
    elif state == "scheduled":
        task.on_action(task_state, penyetuju, "approve")
