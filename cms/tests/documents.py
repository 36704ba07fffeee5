"""Documents, a private collection and the people who may or may not read it (privacy tests)."""

from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail_factories import ImageFactory

from cms.tests.test_uploads import ensure_root_collection

PRIVATE_TEXT = b"Data penerima bantuan (rahasia) 7f3c"
PUBLIC_TEXT = b"Formulir pendaftaran umum 2b9d"


def document(title, collection, text, name):
    return get_document_model().objects.create(title=title, collection=collection, file=ContentFile(text, name=name))


def documents_and_people(django_user_model):
    """A public document, one in a collection only the group "Petugas data" may read, an image,
    a member of that group and a signed-in user outside it."""
    ensure_root_collection()
    root = Collection.get_first_root_node()
    secret = root.add_child(name="Data rahasia")
    readers = Group.objects.create(name="Petugas data")
    restriction = CollectionViewRestriction.objects.create(collection=secret,
                                                           restriction_type=CollectionViewRestriction.GROUPS)
    restriction.groups.add(readers)
    reader = django_user_model.objects.create_user("petugas", "p@example.org", "x")
    reader.groups.add(readers)
    return SimpleNamespace(
        private=document("Data penerima", secret, PRIVATE_TEXT, "penerima.txt"),
        public=document("Formulir", root, PUBLIC_TEXT, "formulir.txt"),
        image=ImageFactory(title="Foto kegiatan"),
        reader=reader,
        outsider=django_user_model.objects.create_user("tamu", "t@example.org", "x"),
    )


def body(response):
    """A response's bytes, streamed or not."""
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content
