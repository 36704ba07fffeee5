"""The blocklist pre-filled with online-gambling vocabulary; comments already imported from WordPress adopted.

Phrases are matched as substrings, so short words that occur inside ordinary words or names
("slot" in "slot pendaftaran", "toto" in "Totok", "judi" alone) are left out on purpose.
"""

from django.db import migrations

GAMBLING = [
    "slot gacor", "slot online", "situs slot", "daftar slot", "slot88", "slot 88", "bocoran slot", "pola gacor",
    "gacor", "maxwin", "scatter hitam", "mahjong ways", "pragmatic play", "rtp live", "akun pro", "bonus new member",
    "deposit pulsa", "judi online", "judi bola", "situs judi", "agen judi", "judol", "togel", "bandar togel",
    "toto macau", "sbobet", "casino online", "kasino online", "poker online", "domino qq", "bandarq", "qq online",
    "mix parlay", "link alternatif", "situs resmi terpercaya", "jackpot", "viagra", "cialis",
]


def fill_blocklist(apps, schema_editor):
    BlockedPhrase = apps.get_model("comments", "BlockedPhrase")
    for phrase in GAMBLING:
        BlockedPhrase.objects.get_or_create(phrase=phrase)


def adopt_imported(apps, schema_editor):
    from comments.imported import adopt

    ImportedComment = apps.get_model("wordpress", "Comment")
    Comment = apps.get_model("comments", "Comment")
    # Parents first: WordPress ids grow with time and replies come after their parents.
    for source in ImportedComment.objects.order_by("wp_id"):
        adopt(source, model=Comment)


class Migration(migrations.Migration):
    dependencies = [("comments", "0001_initial"), ("wordpress", "0001_initial")]

    operations = [
        migrations.RunPython(fill_blocklist, migrations.RunPython.noop),
        migrations.RunPython(adopt_imported, migrations.RunPython.noop),
    ]
