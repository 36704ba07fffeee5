"""Private documents on S3, against a real S3-compatible server: moto in server mode on a free
loopback port, configured by the production settings' own builder (cms.storage.s3_storages).

Proved with plain HTTP as a browser would: a document in a private collection is downloadable
neither through the site nor from its raw object address; the reader its collection allows gets
it through a signed, short-lived address; a public document downloads; images and renditions are
fetched without a signature. moto checks bucket policies and ACLs for anonymous requests but not
the signatures of signed addresses: that those addresses are signed and expire is checked on the
address itself.
"""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from io import StringIO
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command

from cms.storage import s3_storages

from .documents import PRIVATE_TEXT, PUBLIC_TEXT, document, documents_and_people

pytestmark = pytest.mark.django_db

BUCKET = "dinsos-media"
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"
AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/moto-api/", timeout=2)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("moto's S3 server did not start (pip install -r requirements-dev.txt)")
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def s3(s3_server, settings):
    """A fresh bucket set up as docs/deploy.md says: anyone may read the public prefix, nothing else."""
    env = {"S3_BUCKET": BUCKET, "S3_ENDPOINT_URL": s3_server, "S3_REGION": "us-east-1",
           "S3_ACCESS_KEY_ID": "test-key", "S3_SECRET_ACCESS_KEY": "test-secret"}
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1",
                          aws_access_key_id="test-key", aws_secret_access_key="test-secret")
    urllib.request.urlopen(urllib.request.Request(f"{s3_server}/moto-api/reset", method="POST"), timeout=10)
    client.create_bucket(Bucket=BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{BUCKET}/media/*"},
    ]}))
    extra, settings.MEDIA_URL = s3_storages(env)
    settings.STORAGES = {**settings.STORAGES, **extra}
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"  # as production sets it with S3_BUCKET
    client.endpoint = s3_server
    return client


@pytest.fixture
def files(s3, django_user_model):
    return documents_and_people(django_user_model)


def get(url):
    """(status, body) of an anonymous GET, as a browser without cookies would send it."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def raw_url(s3, key):
    return f"{s3.endpoint}/{BUCKET}/{key}"


def stored_key(doc):
    return f"private/{doc.file.name}"


def test_a_private_document_is_not_downloadable_anonymously_from_the_site_or_the_bucket(s3, files, client):
    anonymous = client.get(files.private.url)
    assert anonymous.status_code == 302
    assert "/login" in anonymous["Location"] and s3.endpoint not in anonymous["Location"]
    # The object itself, at its plain address and at the address it would have had as public media.
    for key in (stored_key(files.private), f"media/{files.private.file.name}"):
        status, content = get(raw_url(s3, key))
        assert status in (403, 404), key
        assert PRIVATE_TEXT not in content
    assert get(raw_url(s3, stored_key(files.private)))[0] == 403  # it is there, and refused


def test_the_allowed_reader_gets_a_signed_short_lived_address(s3, files, client):
    client.force_login(files.outsider)
    assert client.get(files.private.url).status_code == 302
    assert s3.endpoint not in client.get(files.private.url)["Location"]

    client.force_login(files.reader)
    response = client.get(files.private.url)
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(s3.endpoint) and "X-Accel-Expires" not in response
    query = parse_qs(urlsplit(location).query)
    assert "Signature" in query or "X-Amz-Signature" in query
    expires = int(query["Expires"][0]) - time.time() if "Expires" in query else int(query["X-Amz-Expires"][0])
    assert 0 < expires <= 60 + 5
    assert get(location) == (200, PRIVATE_TEXT)


def test_a_public_document_downloads_for_anyone_through_the_site(s3, files, client):
    response = client.get(files.public.url)
    assert response.status_code == 302
    assert "X-Accel-Expires" not in response  # nginx must not keep an address that expires
    assert get(response["Location"]) == (200, PUBLIC_TEXT)
    assert get(raw_url(s3, stored_key(files.public)))[0] == 403  # only through the site


def test_images_and_renditions_stay_publicly_fetchable(s3, files):
    image_url = files.image.file.url
    rendition_url = files.image.get_rendition("fill-40x30").url
    for url in (image_url, rendition_url):
        assert url.startswith(f"{s3.endpoint}/{BUCKET}/media/") and "Signature" not in url
        status, content = get(url)
        assert status == 200 and content[:4] in (b"\x89PNG", b"GIF8", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1")


def test_the_private_prefix_has_no_public_acl(s3, files):
    keys = [item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET, Prefix="private/")["Contents"]]
    assert sorted(keys) == sorted([stored_key(files.private), stored_key(files.public)])
    for key in keys:
        grantees = {grant["Grantee"].get("URI") for grant in s3.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]}
        assert not grantees & {ALL_USERS, AUTHENTICATED_USERS}, key
    assert not s3.list_objects_v2(Bucket=BUCKET, Prefix="media/documents/").get("Contents")


def test_documents_left_in_the_public_prefix_are_moved_to_the_private_one(s3, files):
    """Production sites already have documents under media/documents/, readable by anyone."""
    old = document("Laporan lama", files.public.collection, b"laporan 2023", "laporan.txt")
    storages["media"].save(old.file.name, ContentFile(b"laporan 2023"))
    storages["documents"].delete(old.file.name)
    assert get(raw_url(s3, f"media/{old.file.name}")) == (200, b"laporan 2023")  # the finding

    call_command("move_documents_to_private_storage", stdout=(out := StringIO()))
    assert out.getvalue().startswith("1 moved, 0 already private")
    assert get(raw_url(s3, f"media/{old.file.name}"))[0] in (403, 404)
    assert get(raw_url(s3, f"private/{old.file.name}"))[0] == 403
    assert storages["documents"].open(old.file.name).read() == b"laporan 2023"
    call_command("move_documents_to_private_storage", stdout=(again := StringIO()))
    assert again.getvalue().startswith("0 moved, 0 already private")
