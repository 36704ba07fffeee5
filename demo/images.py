"""Placeholder images drawn with Pillow: abstract, caption-free, in the site palette.

Each picture is seeded from its key, so the same key always gives the same picture. Wagtail
Image objects are looked up by title and created only when missing.
"""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

from core.compat_wagtail import set_image_file_metadata

GREEN = (11, 93, 59)
GREENS = [(11, 93, 59), (8, 69, 44), (15, 122, 78), (31, 138, 91), (22, 84, 70)]
GOLD = (242, 194, 48)
WARMS = [(242, 194, 48), (247, 214, 110), (233, 160, 42), (251, 243, 214)]
CREAM = (251, 243, 214)


def _rng(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def _gradient(size, start, end, angle):
    """A linear gradient from `start` to `end` at the given angle (degrees)."""
    mask = PILImage.linear_gradient("L").rotate(angle, expand=True, resample=PILImage.BILINEAR)
    side = mask.size[0]
    inner = side // 2  # the largest square that stays inside the rotated one
    mask = mask.crop(((side - inner) // 2, (side - inner) // 2, (side + inner) // 2, (side + inner) // 2))
    mask = mask.resize(size, resample=PILImage.BILINEAR)
    return PILImage.composite(PILImage.new("RGB", size, end), PILImage.new("RGB", size, start), mask)


def _soft_layer(size, rng, count):
    """Large blurred blobs, drawn small and scaled up (blurring full size is slow)."""
    small = (size[0] // 8, size[1] // 8)
    layer = PILImage.new("RGBA", small, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        r = rng.randint(small[1] // 4, small[1] // 2)
        x, y = rng.randint(0, small[0]), rng.randint(0, small[1])
        color = rng.choice(WARMS + GREENS)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=color + (rng.randint(70, 140),))
    layer = layer.filter(ImageFilter.GaussianBlur(6))
    return layer.resize(size, resample=PILImage.BILINEAR)


def _shapes_layer(size, rng):
    width, height = size
    layer = PILImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    # Diagonal bands.
    for _ in range(rng.randint(2, 4)):
        x = rng.randint(-width // 2, width)
        band = rng.randint(40, 160)
        color = rng.choice(WARMS) + (rng.randint(40, 90),)
        draw.polygon([(x, 0), (x + band, 0), (x + band - height // 2, height), (x - height // 2, height)], fill=color)
    # Rings and dots.
    for _ in range(rng.randint(3, 6)):
        r = rng.randint(40, 220)
        x, y = rng.randint(0, width), rng.randint(0, height)
        color = rng.choice(WARMS + [CREAM]) + (rng.randint(90, 190),)
        if rng.random() < 0.5:
            draw.ellipse((x - r, y - r, x + r, y + r), outline=color, width=rng.randint(6, 18))
        else:
            draw.ellipse((x - r // 3, y - r // 3, x + r // 3, y + r // 3), fill=color)
    # A row of small squares, a nod to batik-like repetition.
    y = rng.randint(height // 2, height - 60)
    step = rng.randint(36, 60)
    for i in range(rng.randint(6, 14)):
        x = 60 + i * step
        draw.rectangle((x, y, x + step // 3, y + step // 3), fill=GOLD + (150,))
    return layer


def draw_landscape(key, size=(1600, 900)):
    rng = _rng(key)
    base = _gradient(size, rng.choice(GREENS), rng.choice(GREENS[2:] + [WARMS[2]]), rng.randint(0, 359))
    canvas = base.convert("RGBA")
    canvas.alpha_composite(_soft_layer(size, rng, rng.randint(3, 6)))
    canvas.alpha_composite(_shapes_layer(size, rng))
    return canvas.convert("RGB")


def draw_portrait(key, size=(600, 600)):
    """A neutral head-and-shoulders silhouette on a soft background."""
    rng = _rng(key)
    width, height = size
    base = _gradient(size, rng.choice(WARMS[:2] + [CREAM]), rng.choice(GREENS), rng.randint(30, 150))
    canvas = base.convert("RGBA")
    canvas.alpha_composite(_soft_layer(size, rng, 3))
    draw = ImageDraw.Draw(canvas)
    figure = rng.choice([(236, 240, 236, 255), (250, 246, 232, 255), (220, 232, 224, 255)])
    head_r = width // 6
    cx, cy = width // 2, int(height * 0.40)
    draw.ellipse((cx - head_r, cy - head_r, cx + head_r, cy + head_r), fill=figure)
    draw.ellipse((cx - int(width * 0.34), int(height * 0.64), cx + int(width * 0.34), int(height * 1.25)), fill=figure)
    return canvas.convert("RGB")


def ensure_image(title, filename, drawer, key, description="", stats=None):
    """The Wagtail image titled `title`, drawn and saved when it does not exist yet."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).order_by("pk").first()
    if image is not None:
        if stats:
            stats.add("images", created=False)
        return image
    buffer = io.BytesIO()
    drawer(key).save(buffer, "JPEG", quality=80)
    buffer.seek(0)
    image = Image(title=title, description=description, file=ImageFile(buffer, name=filename))
    set_image_file_metadata(image)
    image.save()
    if stats:
        stats.add("images")
    return image
