import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.blocks import BodyBlock, CallToActionBlock, ImageBlock
from home.models import HomePage, StandardPage
from news.models import AuthorIndexPage, AuthorPage, NewsIndexPage, NewsPage
from ppid.models import InformationServiceReportPage, PPIDIndexPage, PublicInformationPage
from programmes.models import ProgrammeIndexPage, ProgrammePage

# (page type, parent types it may be created under)
ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage, PPIDIndexPage},
    PPIDIndexPage: {HomePage},
    PublicInformationPage: {PPIDIndexPage},
    InformationServiceReportPage: {PPIDIndexPage},
    NewsIndexPage: {HomePage},
    NewsPage: {NewsIndexPage},
    AuthorIndexPage: {HomePage},
    AuthorPage: {AuthorIndexPage},
    ProgrammeIndexPage: {HomePage},
    ProgrammePage: {ProgrammeIndexPage},
}


@pytest.mark.parametrize("page_type", list(ALLOWED_PARENTS))
def test_page_type_only_allowed_under_its_parents(page_type):
    assert set(page_type.allowed_parent_page_models()) == ALLOWED_PARENTS[page_type]


def test_editor_cannot_add_news_directly_under_home(site_tree):
    home = site_tree["home"]
    assert NewsPage not in home.specific_class.creatable_subpage_models()
    assert NewsPage in NewsIndexPage.creatable_subpage_models()


def test_news_page_without_author_is_rejected(site_tree):
    page = NewsPage(title="Tanpa penulis", summary="Ringkas", body=[("paragraph", "<p>Isi</p>")])
    with pytest.raises(ValidationError) as excinfo:
        site_tree["news_index"].add_child(instance=page)
    assert "setidaknya satu penulis" in str(excinfo.value)
    assert not NewsPage.objects.filter(title="Tanpa penulis").exists()


def test_admin_form_rejects_news_without_author_summary_or_body(admin_client, site_tree):
    """The editor's path: the add-page form reports every missing required part and creates nothing."""
    data = nested_form_data({
        "title": "Berita tanpa isi",
        "slug": "berita-tanpa-isi",
        "summary": "",
        "publication_date": "2025-01-02",
        "body": streamfield([]),
        "authors": inline_formset([]),
        "programme_links": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    })
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", site_tree["news_index"].pk))
    response = admin_client.post(url, data)
    assert response.status_code == 200
    form = response.context["form"]
    assert "summary" in form.errors and "body" in form.errors
    assert form.formsets["authors"].non_form_errors()
    assert not NewsPage.objects.filter(slug="berita-tanpa-isi").exists()


@pytest.mark.django_db
def test_image_block_alt_text_rule_with_real_image():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Foto", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(block.to_python({"image": image.pk, "alt_text": "  ", "decorative": False}))
    assert "alt_text" in excinfo.value.block_errors
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))["decorative"]
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "Petugas LK3"}))["alt_text"] == "Petugas LK3"


def test_call_to_action_needs_a_target():
    block = CallToActionBlock()
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(block.to_python({"title": "Hubungi kami", "button_label": "Lihat"}))
    assert "page" in excinfo.value.block_errors


def test_every_body_block_has_template_and_description():
    for name, child in BodyBlock().child_blocks.items():
        assert child.meta.template, name
        assert child.meta.template.startswith("blocks/"), name
        assert child.meta.description, name


def test_heading_anchor_defaults_to_slug_of_text():
    from core.blocks import HeadingBlock

    block = HeadingBlock()
    html = block.render(block.to_python({"text": "Cara Mendapatkan Layanan", "level": "h3", "anchor": ""}))
    assert html.strip() == '<h3 id="cara-mendapatkan-layanan" class="block-heading">Cara Mendapatkan Layanan</h3>'
    html = block.render(block.to_python({"text": "Syarat", "level": "h2", "anchor": "syarat-layanan"}))
    assert 'id="syarat-layanan"' in html and html.strip().startswith("<h2")
