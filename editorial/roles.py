"""Editorial roles as code: the groups, their permissions and the approval workflow.

`ROLES` and the workflow constants below are the single source of truth. `sync_roles()`
makes the database match them exactly and reports every change it made, so
`manage.py setup_roles` is safe to run on every deploy: the second run changes nothing, and
a permission added or removed by hand in the admin is put back the way this file says.
Change roles here, not in the admin.

Page permissions are granted on the tree root (depth 1), above every locale's home page,
so one grant covers Indonesian and English alike. The snippets that have drafts (categories,
site text: WORKFLOW_SNIPPETS) go through the same workflow as pages, assigned to their
content types. Wagtail's own default groups
("Moderators", "Editors") and its default workflow are kept as records but stripped of all
rights and deactivated, so nobody gets publishing rights by being put in the wrong group.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

PENULIS = "Penulis"
PENYETUJU = "Penyetuju"
PENERJEMAH = "Penerjemah"

WORKFLOW_NAME = "Persetujuan Redaksi"
TASK_NAME = "Tinjauan Penyetuju"
APPROVER_GROUPS = (PENYETUJU,)

# Snippets ("app_label.model") that need the approval workflow before they are public.
WORKFLOW_SNIPPETS = ("news.category", "localisation.sitetext")

WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
WAGTAIL_DEFAULT_TASK = "Moderators approval"

ADMIN_ACCESS = "wagtailadmin.access_admin"
IMAGES_AND_DOCUMENTS_UPLOAD = (
    "wagtailimages.add_image", "wagtailimages.choose_image",
    "wagtaildocs.add_document", "wagtaildocs.choose_document",
)
IMAGES_AND_DOCUMENTS_MANAGE = IMAGES_AND_DOCUMENTS_UPLOAD + (
    "wagtailimages.change_image", "wagtailimages.delete_image",
    "wagtaildocs.change_document", "wagtaildocs.delete_document",
)


@dataclass(frozen=True)
class Role:
    """One editorial group; every permission is written as "app_label.codename"."""

    name: str
    # Global model permissions (Group.permissions): admin access, snippets, site settings.
    permissions: tuple = ()
    # Page permissions granted on the tree root and inherited by every page below it.
    page_permissions: tuple = ()
    # Image/document permissions granted on the root collection.
    collection_permissions: tuple = ()
    # Page permissions granted on the home page of each translation (see "Translators" below).
    translation_page_permissions: tuple = ()


ROLES = (
    # Writers: drafts and submissions only. Without publish_page Wagtail refuses them every
    # publish/unpublish, and refuses delete/move of anything that is live. With add_page
    # they may still edit and delete their own unpublished drafts. Images they upload stay
    # editable by them (ownership); other people's images they can only choose.
    Role(
        PENULIS,
        permissions=(ADMIN_ACCESS, "news.view_category"),
        page_permissions=("wagtailcore.add_page", "wagtailcore.change_page"),
        collection_permissions=IMAGES_AND_DOCUMENTS_UPLOAD,
    ),
    # Approvers: the workflow task, plus direct publish/unpublish, locking, the category
    # taxonomy (it shapes public URLs), the site-wide settings and the searches suggested to
    # visitors (what the public site says, so an approver's decision). bulk_delete_page is left
    # out on purpose: removing a whole section with its children stays with superusers.
    Role(
        PENYETUJU,
        permissions=(
            ADMIN_ACCESS,
            "news.add_category", "news.change_category", "news.delete_category", "news.view_category",
            "news.publish_category", "news.lock_category", "news.unlock_category",
            "home.change_sitesettings", "search.change_suggestedsearches", "wagtail_localize.submit_translation",
            "localisation.add_sitetext", "localisation.change_sitetext", "localisation.view_sitetext",
            "localisation.publish_sitetext", "localisation.lock_sitetext", "localisation.unlock_sitetext",
            # Reader comments: the moderation queue (approve, spam, reply, delete) and the blocklist.
            # Penyetuju, not the post's Penulis: a comment is published in the department's name,
            # like a post, and only this group publishes (comments/, docs/komentar.md).
            "comments.view_comment", "comments.change_comment", "comments.delete_comment",
            "comments.view_blockedphrase", "comments.add_blockedphrase", "comments.change_blockedphrase",
            "comments.delete_blockedphrase",
            # Messages sent through the contact form (personal data): read, answer and delete them
            # (contact/wagtail_hooks.py). Not the Penulis, though Wagtail would show them to anyone
            # who may edit the form page.
            "contact.view_contact_submissions",
        ),
        page_permissions=(
            "wagtailcore.add_page", "wagtailcore.change_page", "wagtailcore.publish_page",
            "wagtailcore.lock_page", "wagtailcore.unlock_page",
        ),
        collection_permissions=IMAGES_AND_DOCUMENTS_MANAGE,
    ),
    # Translators: start translations (wagtail-localize) and edit pages inside each translation's
    # tree only, never the Indonesian source; no publish_page, so a translation goes live only
    # through the Penyetuju (localisation/translation_approval). Snippet permissions are per model,
    # not per locale: add/change let them fill the translated categories and site text in the
    # translation editor, and without publish_* whatever they save stays a draft until approved.
    Role(
        PENERJEMAH,
        permissions=(ADMIN_ACCESS, "wagtail_localize.submit_translation",
                     "news.add_category", "news.change_category", "news.view_category",
                     "localisation.add_sitetext", "localisation.change_sitetext", "localisation.view_sitetext"),
        collection_permissions=("wagtailimages.choose_image", "wagtaildocs.choose_document"),
        translation_page_permissions=("wagtailcore.add_page", "wagtailcore.change_page"),
    ),
)


class RolesSetupError(Exception):
    """The database is not ready for roles (not migrated, or a permission is unknown)."""


def get_permission(dotted):
    app_label, codename = dotted.split(".", 1)
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist as exc:
        raise RolesSetupError(f"Permission {dotted} does not exist; run `manage.py migrate` first.") from exc


def tree_root():
    root = Page.get_first_root_node()
    if root is None:
        raise RolesSetupError("The page tree has no root; run `manage.py migrate` first.")
    return root


def root_collection():
    root = Collection.get_first_root_node()
    if root is None:
        raise RolesSetupError("There is no root collection; run `manage.py migrate` first.")
    return root


@transaction.atomic
def sync_roles():
    """Make groups, permissions and the workflow match this module; return one line per change."""
    changes = []
    page_root, collection_root = tree_root(), root_collection()
    for role in ROLES:
        group, created = Group.objects.get_or_create(name=role.name)
        if created:
            changes.append(f"{role.name}: group created")
        sync_model_permissions(group, [get_permission(p) for p in role.permissions], changes)
        sync_page_permissions(group, page_root, [get_permission(p) for p in role.page_permissions], changes,
                              elsewhere=translation_grants(role))
        sync_collection_permissions(
            group, collection_root, [get_permission(p) for p in role.collection_permissions], changes)
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        sync_model_permissions(group, [], changes)
        sync_page_permissions(group, page_root, [], changes)
        sync_collection_permissions(group, collection_root, [], changes)
    sync_workflow(page_root, changes)
    return changes


def sync_model_permissions(group, wanted, changes):
    current = set(group.permissions.all())
    for perm in sorted(set(wanted) - current, key=str):
        group.permissions.add(perm)
        changes.append(f"{group.name}: added {perm.content_type.app_label}.{perm.codename}")
    for perm in sorted(current - set(wanted), key=str):
        group.permissions.remove(perm)
        changes.append(f"{group.name}: removed {perm.content_type.app_label}.{perm.codename}")


def sync_page_permissions(group, root, wanted, changes, elsewhere=()):
    """Exactly the wanted permissions on the root, plus the (page, permission) pairs in
    `elsewhere`; grants anywhere else are drift and go."""
    wanted_grants = [(root.pk, perm) for perm in wanted] + [(page.pk, perm) for page, perm in elsewhere]
    existing = GroupPagePermission.objects.filter(group=group).select_related("permission")
    kept = set()
    for grant in existing:
        if (grant.page_id, grant.permission) in wanted_grants:
            kept.add((grant.page_id, grant.permission))
        else:
            grant.delete()
            changes.append(f"{group.name}: removed page permission {grant.permission.codename} on page {grant.page_id}")
    for page_id, perm in wanted_grants:
        if (page_id, perm) not in kept:
            GroupPagePermission.objects.create(group=group, page_id=page_id, permission=perm)
            where = "the tree root" if page_id == root.pk else f"page {page_id}"
            changes.append(f"{group.name}: added page permission {perm.codename} on {where}")


def sync_collection_permissions(group, root, wanted, changes):
    existing = GroupCollectionPermission.objects.filter(group=group).select_related("permission")
    kept = set()
    for grant in existing:
        if grant.collection_id == root.pk and grant.permission in wanted:
            kept.add(grant.permission)
        else:
            grant.delete()
            changes.append(
                f"{group.name}: removed collection permission {grant.permission.codename} "
                f"on collection {grant.collection_id}")
    for perm in wanted:
        if perm not in kept:
            GroupCollectionPermission.objects.create(group=group, collection=root, permission=perm)
            changes.append(f"{group.name}: added collection permission {perm.codename} on the root collection")


def sync_workflow(root, changes):
    """One active workflow with one group-approval task, assigned to the tree root."""
    task = approval_task(changes)
    workflow = active_named(Workflow, WORKFLOW_NAME, "workflow", changes)
    steps = WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order")
    if list(steps.values_list("task_id", flat=True)) != [task.pk]:
        steps.delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        changes.append(f"workflow {WORKFLOW_NAME!r}: steps set to [{TASK_NAME!r}]")
    assignment = WorkflowPage.objects.filter(page=root).first()
    if assignment is None or assignment.workflow_id != workflow.pk:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
        changes.append(f"workflow {WORKFLOW_NAME!r} assigned to the tree root")
    retire_wagtail_default_workflow(changes)
    sync_snippet_workflows(workflow, changes)


def sync_snippet_workflows(workflow, changes):
    """The workflow on each of WORKFLOW_SNIPPETS' content types (after retiring Wagtail's default,
    whose deactivation removes its own content type assignments)."""
    for label in WORKFLOW_SNIPPETS:
        app_label, model = label.split(".")
        try:
            content_type = ContentType.objects.get(app_label=app_label, model=model)
        except ContentType.DoesNotExist as exc:
            raise RolesSetupError(f"Model {label} does not exist; run `manage.py migrate` first.") from exc
        assignment = WorkflowContentType.objects.filter(content_type=content_type).first()
        if assignment is None or assignment.workflow_id != workflow.pk:
            WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})
            changes.append(f"workflow {WORKFLOW_NAME!r} assigned to {label}")


def active_named(model, name, kind, changes):
    """The oldest `model` row called `name`, created or reactivated when needed."""
    obj = model.objects.filter(name=name).order_by("pk").first()
    if obj is None:
        obj = model.objects.create(name=name, active=True)
        changes.append(f"{kind} {name!r} created")
    elif not obj.active:
        obj.active = True
        obj.save(update_fields=["active"])
        changes.append(f"{kind} {name!r} reactivated")
    return obj


def approval_task(changes):
    task = active_named(GroupApprovalTask, TASK_NAME, "task", changes)
    wanted = set(Group.objects.filter(name__in=APPROVER_GROUPS))
    if set(task.groups.all()) != wanted:
        task.groups.set(wanted)
        changes.append(f"task {TASK_NAME!r}: reviewers set to {', '.join(sorted(APPROVER_GROUPS))}")
    return task


def retire_wagtail_default_workflow(changes):
    # deactivate() also cancels submissions still waiting in the old workflow; editors
    # simply submit again and land in the new one.
    for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
        workflow.deactivate()
        changes.append(f"Wagtail's default workflow {WAGTAIL_DEFAULT_WORKFLOW!r} deactivated")
    for task in Task.objects.filter(name=WAGTAIL_DEFAULT_TASK, active=True).exclude(name=TASK_NAME):
        task.specific.deactivate()
        changes.append(f"Wagtail's default task {WAGTAIL_DEFAULT_TASK!r} deactivated")


# --- Translators (localisation) -----------------------------------------------------------
# A Penerjemah's page rights sit on the home page of each translation (English, …), so the
# Indonesian tree stays read-only for them. A new translation's home page gets them at once
# (home/localisation.py calls grant_translators_on); setup_roles repairs any drift.


def translation_roots():
    """The home pages of every locale except the source language."""
    return Page.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE).order_by("path")


def translation_grants(role):
    perms = [get_permission(p) for p in role.translation_page_permissions]
    return [(page, perm) for page in translation_roots() for perm in perms] if perms else []


def grant_translators_on(page):
    """Give the translation rights on a newly created translation home page (no-op before setup_roles)."""
    for role in ROLES:
        group = Group.objects.filter(name=role.name).first() if role.translation_page_permissions else None
        for dotted in role.translation_page_permissions if group else ():
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=get_permission(dotted))
