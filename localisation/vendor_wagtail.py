"""Our Indonesian catalogue of Wagtail's own strings on the approver's and translator's screens.

Wagtail's `id_ID` catalogue leaves many strings of the review path untranslated: the editor's
"Request changes" and "Approve with comment" next to its "Menyetujui", the workflow status and
history, the dashboard's review panels, the editor's side panels and the moderation e-mails. We
translate a curated list of them, WAGTAIL_MSGIDS, in VENDOR_DIR, the last LOCALE_PATHS directory
(after locale/ and wagtail-localize's, which win where a msgid is shared). Only a curated list:
Wagtail has thousands of strings, most on screens our editors never see (settings, workflow
set-up, reports' contents), and its own catalogue covers the rest of what they do see.

scripts/fill_catalogue.py fails the build when a curated msgid is missing or untranslated here,
lost a placeholder, is no longer in Wagtail's source-language (`en`) catalogues (an upgrade
renamed it: translate the new wording), or when Django does not return our translation (the
.mo is missing, stale or off LOCALE_PATHS). The checks reuse localisation/vendor_catalogue.py.
"""

import glob
from pathlib import Path

import polib

from localisation import vendor_catalogue

ROOT = vendor_catalogue.ROOT
PACKAGE = "wagtail"
VENDOR_DIR = ROOT / "localisation" / "locale_wagtail"
LANGUAGE = vendor_catalogue.LANGUAGE
# Server-rendered screens and e-mails only: the curated strings are all in the `django` domain.
DOMAIN = "django"

WAGTAIL_MSGIDS = (
    # Editor action menu and the workflow's states (models/workflows.py)
    "Request changes",
    "Approve with comment",
    "In progress",
    "Approved",
    "Needs changes",
    "Cancelled",
    "Rejected",
    "Skipped",
    "live + in moderation",
    "Publish this version",
    "Schedule to publish",
    "Scheduling…",
    # Publishing while a workflow runs
    "Publish page",
    "This page was marked as needing changes at <strong>%(task)s</strong> in "
    "<strong>%(workflow)s</strong>.",
    "This page is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>.",
    "Publishing this page will cancel the current workflow.",
    "Would you still like to publish this page?",
    "Cancel",
    "The page '%(page_title)s' is not currently awaiting moderation in task '%(task_name)s'.",
    "The %(model_name)s '%(title)s' is not currently awaiting moderation.",
    "The %(model_name)s '%(title)s' is not currently awaiting moderation in task '%(task_name)s'.",
    # Dashboard panels
    "Your pages and snippets in a workflow",
    "Task",
    "Tasks",
    "Task started",
    "Task submitted by",
    "Changes requested at",
    "Compare with previous version",
    "Actions",
    "Language",
    "Privacy and access",
    "Status",
    "Your locked pages",
    "Locked at",
    "Search all pages…",
    # Workflow status modal and workflow history
    "Submitted",
    "Not started",
    "Changes requested by %(requested_by)s",
    "Changes requested",
    "Cancelled by %(cancelled_by)s",
    "Approved by %(approved_by)s",
    "Published",
    "See full history",
    "with comment:",
    "Workflow history",
    "Workflow progress",
    "Requested by",
    "Incomplete task",
    "Approved task",
    "This page hasn't been submitted for moderation yet",
    "This %(model_name)s hasn't been submitted for moderation yet",
    "Requested by <b>%(modified_by)s</b>",
    "Started at <b>%(started_at)s</b>",
    "Status %(status)s",
    "Timeline",
    "Initial Revision",
    "%(action)s by <b>%(who)s</b> at <b>%(at)s</b>",
    "%(action)s at <b>%(at)s</b>",
    "%(action)s by <b>%(who)s</b>",
    "Workflow started",
    "Workflow completed",
    "Review this version",
    "Compare with current version",
    "Edit / Review",
    # History log labels of workflow and translation actions (wagtail_hooks.py)
    "Workflow: start",
    "'%(workflow)s' started. Next step '%(task)s'",
    "Workflow: approve task",
    "Approved at '%(task)s'. Next step '%(next_task)s'",
    "Approved at '%(task)s'. '%(workflow)s' complete",
    "Workflow task approved",
    "Workflow: reject task",
    "Rejected at '%(task)s'. Changes requested",
    "Workflow task rejected. Workflow complete",
    "Workflow: resume task",
    "Resubmitted '%(task)s'. Workflow resumed",
    "Workflow task resubmitted. Workflow resumed",
    "Workflow: cancel",
    "Cancelled '%(workflow)s' at '%(task)s'",
    "Workflow cancelled",
    "Copy for translation",
    "Copied for translation from %(title)s (%(locale)s)",
    "Copied for translation",
    # Editor side panels (status, preview, checks, comments) and their screen-reader labels
    "Side panels",
    "Toggle side panel",
    "Side panel width",
    "Minimap",
    "Toggle status",
    "Toggle comments",
    "Comments",
    "Toggle checks",
    "Checks",
    "Toggle preview",
    "Comment notifications",
    "Status: ",
    "In Moderation",
    "View details",
    "View history",
    "To be created by %(user)s",
    "First published",
    "Go-live:",
    "Expiry:",
    "Edit schedule",
    "Invalid schedule",
    "Once scheduled:",
    "No publishing schedule set",
    "Set schedule",
    "Locale: ",
    "Available in %(translations_total)s locales",
    "No other translations",
    "Switch locales",
    "Locking: ",
    "Anyone can edit this %(model_name)s – lock it to prevent others from editing",
    "Anyone can edit this %(model_name)s",
    "Page visibility: ",
    "Once live anyone can view",
    "Not visible to the public",
    "Choose who can view the live version of this page",
    "Visible to all",
    "Change privacy",
    "Preview in new tab",
    "Loading",
    "Refreshing…",
    "Refresh",
    "Preview is out of date",
    "Correct the validation errors to resume preview (saving will highlight errors)",
    "Preview mode",
    "Content metrics",
    "Words",
    "Reading time",
    "Readability",
    "Issues found",
    "Show issue",
    "This data explained",
    "How we calculate our metrics",
    "We extract the main content from the page preview, remove all formatting, and calculate the number "
    "of words.",
    "We calculate reading time from word count, using different reading speeds for different languages.",
    "We use a readability formula based on length of words and sentences. Long sentences and words result"
    " in a worse readability score.",
    'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more information on '
    "how content metrics are calculated.",
    # Main menu
    "Reports",
    "Help",
    "Editor Guide",
    "What's new in Wagtail %(version)s",
    "Shortcuts",
    "Workflows",
    "Workflow tasks",
    "Locked pages",
    "Aging pages",
    "Site history",
    "Page types usage",
    # Moderation e-mails (templates/wagtailadmin/notifications/)
    'The page "%(title)s" has been approved in moderation stage "%(task)s".',
    'The %(model_name)s "%(title)s" has been approved in moderation stage "%(task)s".',
    "You can edit the %(model_name)s here:",
    'The page "%(title)s" has been approved in "%(task)s".',
    'The %(model_name)s "%(title)s" has been approved in "%(task)s".',
    'The page "%(title)s" has been rejected in moderation stage "%(task)s".',
    'The %(model_name)s "%(title)s" has been rejected in moderation stage "%(task)s".',
    'The page "%(title)s" has been rejected during "%(task)s".',
    'The %(model_name)s "%(title)s" has been rejected during "%(task)s".',
    'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s".',
    'The %(model_name)s "%(title)s" has been submitted for approval in moderation stage "%(task)s".',
    "You can preview the %(model_name)s here:",
    'The page "%(title)s" has been submitted for approval to moderation stage "%(task)s".',
    'The %(model_name)s "%(title)s" has been submitted for approval to moderation stage "%(task)s".',
    'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"',
    'The %(model_name)s "%(title)s" has been submitted for approval in moderation stage "%(task)s"',
    '%(editor)s has updated comments on "%(title)s".',
    '%(editor)s has updated comments on "%(title)s"',
    "New comments",
    "Resolved comments",
    "Deleted comments",
    "New replies",
    "New replies to:",
    "New comments:",
    "Resolved comments:",
    "Deleted comments:",
    "New replies:",
    'The page "%(title)s" has been approved in workflow "%(workflow)s".',
    'The %(model_name)s "%(title)s" has been approved in workflow "%(workflow)s".',
    'The page "%(title)s" has been approved in "%(workflow)s".',
    'The %(model_name)s "%(title)s" has been approved in "%(workflow)s".',
    'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.',
    'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".',
    'The following comment was left: "%(comment)s"',
    'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by '
    "%(rejector)s.",
    'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".',
    'The page "%(title)s" has been rejected during "%(workflow)s".',
    'The %(model_name)s "%(title)s" has been rejected during "%(workflow)s".',
    'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.',
    'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s".',
    'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by '
    "%(requester)s.",
    'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s".',
    'The page "%(title)s" has been submitted to workflow "%(workflow)s"',
    'The %(model_name)s "%(title)s" has been submitted to workflow "%(workflow)s"',
    # Editor: publishing schedule, status, autosave, SEO fields' help
    "Changes requested %(finished_at)s",
    "Visible to all. Visit the live page",
    "Private. Visit the live page",
    "Visit the live page",
    "Current page status:",
    "View latest version",
    'This publishing schedule will only take effect after you select the "Schedule to publish" option',
    "Choose when this page should go live and/or expire",
    "Choose when this %(model_name)s should go live and/or expire",
    "Set publishing schedule",
    "Save schedule",
    "Anyone with editing permissions can create schedules",
    "But only those with publishing permissions can make them effective.",
    "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing",
    "Autosave is paused",
    "Autosave is <span>paused</span>",
    "A network error occurred",
    "Troubleshoot your connection to the site before proceeding. Open the editor in a separate tab to "
    "view the last saved version.",
    "Draft saved",
    "Save changes",
    "Actions (footer)",
    "Add Comment",
    "Add comment",
    "Add or show comments",
    "For search engines",
    "For site menus",
    "Add a concise description for search engines",
    "The name of the page displayed on search engine results as the clickable headline.",
    "The descriptive text displayed underneath a headline in search engine results.",
    'Multi-word tags with spaces will automatically be enclosed in double quotes (").',
    "Preview in desktop size",
    "Preview in tablet size",
    "Preview in mobile size",
    # Editor: the accessibility checker's rules
    "Empty heading found",
    "Use meaningful text for screen reader users",
    "Incorrect heading hierarchy",
    "Avoid skipping levels",
    "Empty frame title found",
    "Use a meaningful title for screen reader users",
    "Button text is empty",
    "Use meaningful text",
    "Input button text is empty",
    "Link text is empty",
    "Table header text is empty",
    "Misusing paragraphs as headings",
    "Use proper heading tags",
    "Image alt text has inappropriate pattern",
    "Meta description is empty",
    # Every admin screen: sidebar, keyboard shortcuts, rich text toolbar, bulk selection (screen-reader text)
    "Toggle sidebar",
    "Toggle breadcrumbs",
    "Toggle minimap",
    "Toggle section",
    "Close dialog",
    "Show filters",
    "Edit account avatar",
    "Wagtail %(current_version)s editor guide",
    "Keyboard shortcut",
    "Keyboard shortcuts",
    "All keyboard shortcuts",
    "Show keyboard shortcuts",
    "Close modal dialogs (like this one)",
    "Text editing",
    "Text formatting",
    "Paste without formatting",
    "Monospace (code)",
    "Insert or edit a link",
    "JavaScript is required to use Wagtail, but it is currently disabled.<br /> Here are the <a "
    'href="https://www.enable-javascript.com/" target="_blank" rel="noreferrer">instructions how to '
    "enable JavaScript in your web browser</a>.",
    "Sort menu order",
    "1 page selected",
    "%(objects)s pages selected",
    "All %(objects)s pages on this screen selected",
    "All pages in listing selected",
    "1 document selected",
    "%(objects)s documents selected",
    "All %(objects)s documents on this screen selected",
    "All documents in listing selected",
    "1 image selected",
    "%(objects)s images selected",
    "All %(objects)s images on this screen selected",
    "All images in listing selected",
    "1 snippet selected",
    "%(objects)s snippets selected",
    "All %(objects)s snippets on this screen selected",
    "All snippets in listing selected",
    "1 user selected",
    "%(objects)s users selected",
    "All %(objects)s users on this screen selected",
    "All users in listing selected",
    "1 item selected",
    "%(objects)s items selected",
    "All %(objects)s items on this screen selected",
    "All items in listing selected",
    # History filters
    "Workflow state",
    "page log entries",
    "Is commenting action",
    # Plural entries (Indonesian has one form)
    "Referenced %(count)s time",
    '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
    '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
    '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
)


def reference_paths():
    """Wagtail's source-language catalogues: one per app that has strings."""
    package = vendor_catalogue.package_locale_dir(PACKAGE).parent
    return sorted(Path(p) for p in glob.glob(str(package / "**" / "locale" / "en" / "LC_MESSAGES" / f"{DOMAIN}.po"),
                                             recursive=True))


def vendor_path(language=LANGUAGE):
    return VENDOR_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def curated_reference(msgids=WAGTAIL_MSGIDS):
    """(polib catalogue of Wagtail's entries for `msgids`, the msgids Wagtail no longer has)."""
    wanted, found = set(msgids), polib.POFile()
    for path in reference_paths():
        for entry in polib.pofile(str(path)):
            if entry.msgid in wanted and entry.msgctxt is None and not entry.obsolete:
                found.append(entry)
                wanted.discard(entry.msgid)
    return found, [m for m in msgids if m in wanted]


def catalogue_gaps():
    """What is wrong with our catalogue of the curated strings, one line each; [] when complete."""
    ours = vendor_path()
    name = ours.relative_to(ROOT)
    if not ours.exists():
        return [f"{name}: missing file"]
    reference, gone = curated_reference(WAGTAIL_MSGIDS)
    lines = [f"{name}: no longer in Wagtail's catalogue: {msgid!r}" for msgid in gone]
    return lines + [f"{name}: {p}" for p in vendor_catalogue.gaps(reference, polib.pofile(str(ours)))]


def earlier_catalogues():
    """msgid → msgstr of the LOCALE_PATHS catalogues listed before ours: Django prefers them."""
    found = {}
    for path in (vendor_catalogue.PROJECT_CATALOGUE, vendor_catalogue.vendor_path("django")):
        for entry in polib.pofile(str(path)):
            if entry.translated() and not entry.msgid_plural:
                found.setdefault(entry.msgid, set()).add(entry.msgstr)
    return found


def runtime_gaps():
    """Curated strings Django does not translate as our catalogue says (needs configured settings)."""
    from django.conf import settings
    from django.utils import translation

    if VENDOR_DIR not in [Path(p) for p in settings.LOCALE_PATHS]:
        return [f"{VENDOR_DIR.relative_to(ROOT)} is not in settings.LOCALE_PATHS"]
    earlier, lines = earlier_catalogues(), []
    with translation.override(LANGUAGE):
        for entry in polib.pofile(str(vendor_path())):
            if entry.obsolete:
                continue
            if entry.msgid_plural:
                got, want = translation.ngettext(entry.msgid, entry.msgid_plural, 1), entry.msgstr_plural[0]
            else:
                got, want = translation.gettext(entry.msgid), entry.msgstr
            if got != want and got not in earlier.get(entry.msgid, ()):
                lines.append(f"wagtail: Django says {got!r} for {entry.msgid!r}, our catalogue {want!r}")
    return lines
