"""Which embedded media become video blocks, and which URLs WordPress would have auto-embedded.

Only YouTube and Vimeo are allowed as video: they are what VideoBlock promises editors,
and an iframe from anywhere else could load anything into the new site. Nothing here
touches the network; EmbedBlock stores the URL and fetches the player only when a page
is rendered.
"""

import re
from urllib.parse import parse_qs, urlparse

YOUTUBE_ID = r"[A-Za-z0-9_-]{6,20}"
# oEmbed providers WordPress auto-embeds that are *not* video: kept as plain links.
OTHER_OEMBED_HOSTS = (
    "twitter.com", "x.com", "instagram.com", "facebook.com", "fb.watch", "soundcloud.com",
    "open.spotify.com", "flickr.com", "slideshare.net", "scribd.com", "tiktok.com", "dailymotion.com",
    "issuu.com", "reddit.com", "tumblr.com", "wordpress.tv", "speakerdeck.com",
)
BARE_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def _host(url):
    try:
        host = (urlparse(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def video_url(url: str) -> str | None:
    """The canonical YouTube/Vimeo watch URL for a page, short link or player URL, else None."""
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    try:
        parsed = urlparse(url)
    except ValueError:
        return None
    host = _host(url)
    path = parsed.path
    if host in ("youtube.com", "m.youtube.com", "youtube-nocookie.com"):
        match = re.match(rf"^/(?:embed|v|shorts|live)/({YOUTUBE_ID})", path)
        video_id = match.group(1) if match else (parse_qs(parsed.query).get("v") or [""])[0]
        if re.fullmatch(YOUTUBE_ID, video_id or ""):
            return f"https://www.youtube.com/watch?v={video_id}"
    elif host == "youtu.be":
        video_id = path.strip("/").split("/")[0]
        if re.fullmatch(YOUTUBE_ID, video_id):
            return f"https://www.youtube.com/watch?v={video_id}"
    elif host in ("vimeo.com", "player.vimeo.com"):
        match = re.search(r"/(?:video/)?(\d{5,12})(?:/|$)", path)
        if match:
            return f"https://vimeo.com/{match.group(1)}"
    return None


def is_other_oembed(url: str) -> bool:
    host = _host(url)
    return any(host == known or host.endswith("." + known) for known in OTHER_OEMBED_HOSTS)


def host_of(url: str) -> str:
    return _host(url) or url[:60]
