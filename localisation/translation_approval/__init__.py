"""Translations go live only after approval, like Indonesian content.

wagtail-localize publishes from its translation editor and writes draft translations straight
into the page row, which for a live page is what visitors see (upstream issue #655). This
package closes that gap; it is the only place that patches wagtail-localize, and it reaches
wagtail-localize only through localisation/compat_wagtail_localize.py (the private and
undocumented parts it relies on, each checked against the pinned version by a test):

- `drafts`: a draft translation of a live page is saved as a revision only; the live page
  changes when a Penyetuju approves (or a publisher publishes) it.
- `actions`: save a draft, submit it to the page's workflow, review it; each checks Wagtail's
  page permissions, so a Penerjemah (no publish permission) can never publish.
- `views` + `hooks`: the buttons in the translation editor, and guards around the
  wagtail-localize endpoints that would otherwise publish (convert to alias, sync with
  "publish immediately") or fail with a server error on bad input (PO upload, machine
  translation).
- `pofile` + `checks`: a PO upload is checked whole (each msgstr as the editor checks a string)
  and imported in one pass; `locks`: Wagtail's page locks on every translation write path.
"""

