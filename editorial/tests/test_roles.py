"""Roles as code: `setup_roles` builds the groups and workflow, is idempotent and repairs drift."""

import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from demo.users import (
    CHANGES_REQUESTED_COMMENT,
    InsecureDemoUsersError,
    create_demo_users,
    create_demo_workflow_examples,
)
from editorial import roles
from editorial.roles import PENERJEMAH, PENULIS, PENYETUJU, TASK_NAME, WORKFLOW_NAME, sync_roles
from localisation.models import SiteText
from news.models import Category

pytestmark = pytest.mark.django_db


def snapshot():
    """Every row setup_roles is responsible for, in a comparable form."""
    return {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "model_perms": sorted(Group.permissions.through.objects.values_list(
            "group__name", "permission__content_type__app_label", "permission__codename")),
        "page_perms": sorted(GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")),
        "collection_perms": sorted(GroupCollectionPermission.objects.values_list(
            "group__name", "collection_id", "permission__codename")),
        "workflows": sorted(Workflow.objects.values_list("pk", "name", "active")),
        "workflow_tasks": sorted(WorkflowTask.objects.values_list("workflow__name", "task__name", "sort_order")),
        "workflow_pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
        "workflow_content_types": sorted(WorkflowContentType.objects.values_list(
            "content_type__app_label", "content_type__model", "workflow__name")),
        "tasks": sorted(GroupApprovalTask.objects.values_list("pk", "name", "active")),
        "task_groups": sorted(GroupApprovalTask.groups.through.objects.values_list(
            "groupapprovaltask__name", "group__name")),
    }


def page_codenames(group_name):
    return set(GroupPagePermission.objects.filter(group__name=group_name, page__depth=1)
               .values_list("permission__codename", flat=True))


def test_setup_roles_creates_the_three_groups_with_their_rights():
    call_command("setup_roles", stdout=io.StringIO())
    assert page_codenames(PENULIS) == {"add_page", "change_page"}
    assert page_codenames(PENYETUJU) == {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}
    assert page_codenames(PENERJEMAH) == set()
    translators = Group.objects.get(name=PENERJEMAH)
    assert {p.codename for p in translators.permissions.all()} == {
        "access_admin", "submit_translation", "add_category", "change_category", "view_category",
        "add_sitetext", "change_sitetext", "view_sitetext"}
    approvers = set(Group.objects.get(name=PENYETUJU).permissions.values_list("codename", flat=True))
    writers = set(Group.objects.get(name=PENULIS).permissions.values_list("codename", flat=True))
    assert "change_sitesettings" in approvers and "change_sitesettings" not in writers
    assert {"add_category", "change_category", "delete_category", "publish_category", "publish_sitetext"} <= approvers
    assert writers == {"access_admin", "view_category"}
    writer_collections = set(GroupCollectionPermission.objects.filter(group__name=PENULIS)
                             .values_list("permission__codename", flat=True))
    assert writer_collections == {"add_image", "choose_image", "add_document", "choose_document"}


def test_workflow_replaces_wagtails_default_on_the_tree_root():
    sync_roles()
    workflow = Workflow.objects.get(name=WORKFLOW_NAME, active=True)
    assert [t.name for t in workflow.tasks] == [TASK_NAME]
    assert [g.name for g in workflow.tasks[0].specific.groups.all()] == [PENYETUJU]
    assert WorkflowPage.objects.get(page__depth=1).workflow == workflow
    assert Category.get_default_workflow() == workflow and SiteText.get_default_workflow() == workflow
    assert not Workflow.objects.filter(name=roles.WAGTAIL_DEFAULT_WORKFLOW, active=True).exists()
    for name in roles.WAGTAIL_DEFAULT_GROUPS:
        group = Group.objects.get(name=name)
        assert not group.permissions.exists()
        assert not GroupPagePermission.objects.filter(group=group).exists()


def test_workflow_covers_every_locale(site_tree):
    sync_roles()
    english = Locale.objects.get_or_create(language_code="en")[0]
    english_home = site_tree["home"].copy_for_translation(english)
    english_post = site_tree["post"].copy_for_translation(english, copy_parents=True)
    for page in (site_tree["home"], site_tree["post"], english_home, english_post):
        assert page.get_workflow().name == WORKFLOW_NAME


def test_second_run_changes_nothing():
    first = sync_roles()
    before = snapshot()
    assert first, "the first run on a fresh database must create something"
    assert sync_roles() == []
    assert snapshot() == before


def test_setup_roles_repairs_drift(capsys):
    sync_roles()
    expected = snapshot()
    writers, approvers = Group.objects.get(name=PENULIS), Group.objects.get(name=PENYETUJU)
    # Hand edits in the admin: a permission taken away, one too many given, the workflow
    # disabled, the review step handed to the wrong group, the root pointed elsewhere.
    GroupPagePermission.objects.filter(group=writers, permission__codename="change_page").delete()
    GroupPagePermission.objects.create(group=writers, page=Page.get_first_root_node(), permission_type="publish")
    approvers.permissions.remove(Permission.objects.get(codename="change_sitesettings"))
    writers.permissions.add(Permission.objects.get(codename="delete_category"))
    Workflow.objects.filter(name=WORKFLOW_NAME).update(active=False)
    GroupApprovalTask.objects.get(name=TASK_NAME).groups.set([writers])
    default = Workflow.objects.get(name=roles.WAGTAIL_DEFAULT_WORKFLOW)
    Workflow.objects.filter(pk=default.pk).update(active=True)
    WorkflowPage.objects.filter(page__depth=1).update(workflow=default)
    WorkflowContentType.objects.filter(content_type__model="category").delete()
    WorkflowContentType.objects.filter(content_type__model="sitetext").update(workflow=default)
    assert snapshot() != expected

    call_command("setup_roles")
    output = capsys.readouterr().out
    assert "Penulis: added page permission change_page" in output
    assert "Penulis: removed page permission publish_page" in output
    assert f"workflow {WORKFLOW_NAME!r} assigned to news.category" in output
    assert snapshot() == expected
    call_command("setup_roles")
    assert "nothing changed" in capsys.readouterr().out


def test_unknown_permission_is_a_clear_command_error(monkeypatch):
    broken = roles.Role("Penulis", permissions=("news.fly_category",))
    monkeypatch.setattr(roles, "ROLES", (broken,))
    with pytest.raises(CommandError, match="news.fly_category does not exist"):
        call_command("setup_roles")
    assert not Group.objects.filter(name="Penulis").exists(), "nothing half-written"


def test_demo_users_refuse_without_debug():
    assert settings.DEBUG is False
    with pytest.raises(InsecureDemoUsersError):
        create_demo_users()
    assert not get_user_model().objects.filter(username="penulis").exists()


def test_demo_users_one_per_role_can_log_in_and_are_reset_on_rerun():
    out = io.StringIO()
    created = create_demo_users(stdout=out, allow_insecure=True)
    lines = out.getvalue().splitlines()
    assert [(u, r) for u, _, r in created] == [("penulis", PENULIS), ("penyetuju", PENYETUJU),
                                               ("penerjemah", PENERJEMAH)]
    assert len(lines) == 3 and all("local use only" in line for line in lines)
    for username, password, role in created:
        user = get_user_model().objects.get(username=username)
        assert [g.name for g in user.groups.all()] == [role]
        assert not user.is_staff and not user.is_superuser and user.email
        assert Client().login(username=username, password=password)
    penulis = get_user_model().objects.get(username="penulis")
    penulis.set_password("changed")
    penulis.save()
    create_demo_users(allow_insecure=True)
    assert get_user_model().objects.filter(username__in=["penulis", "penyetuju", "penerjemah"]).count() == 3
    assert Client().login(username="penulis", password=created[0][1])


def test_demo_workflow_examples_cover_each_state_once(site_tree):
    create_demo_users(allow_insecure=True)
    made = create_demo_workflow_examples(allow_insecure=True)
    assert [state for _, state in made] == ["draft", "in_review", "needs_changes", "scheduled"]
    pages = {p.slug: p for p in Page.objects.child_of(site_tree["news_index"])}
    assert not pages["contoh-draf"].live and pages["contoh-draf"].current_workflow_state is None
    assert pages["contoh-menunggu-tinjauan"].current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    sent_back = pages["contoh-perlu-perbaikan"].current_workflow_state
    assert sent_back.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert sent_back.current_task_state.specific.get_comment() == CHANGES_REQUESTED_COMMENT
    scheduled = pages["contoh-terjadwal"]
    assert not scheduled.live and scheduled.revisions.filter(approved_go_live_at__isnull=False).exists()
    assert create_demo_workflow_examples(allow_insecure=True) == []


def test_load_demo_content_adds_the_demo_users_and_workflow_examples_in_development(demo_site, settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert set(get_user_model().objects.values_list("username", flat=True)) == {"penulis", "penyetuju", "penerjemah"}
    assert Page.objects.filter(slug="contoh-menunggu-tinjauan").get().current_workflow_state.status == "in_progress"
    assert "penyetuju / penyetuju-lokal-dinsos" in out.getvalue()

