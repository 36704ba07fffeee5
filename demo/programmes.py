"""Programme pages (LK3, WKSBM, RS-RTLH) with their service locations."""

import datetime
from decimal import Decimal

from programmes.models import DEFAULT_COST, ProgrammePage, ServiceLocation

from .builder import ensure_page, morning, stream
from .programmes_data import PROGRAMMES


def _build(data):
    slug = data["slug"]
    return ProgrammePage(
        title=data["title"],
        short_name=data["short_name"],
        full_name=data["full_name"],
        summary=data["summary"],
        legal_basis=stream(f"{slug}-legal", [("regulation", {"title": title, "about": about, "document": None})
                                             for title, about in data["legal_basis"]]),
        services=data["services"],
        target_groups=data["target_groups"],
        steps=stream(f"{slug}-steps", [("step", {"title": title, "description": description})
                                       for title, description in data["steps"]]),
        requirements=data["requirements"],
        cost=DEFAULT_COST,
        contact=data["contact"],
        faq=stream(f"{slug}-faq", [("question", {"question": q, "answer": f"<p>{a}</p>"}) for q, a in data["faq"]]),
        body=stream(f"{slug}-body", data["body"]),
        show_in_menus=False,
        locations=[
            ServiceLocation(name=name, regency=regency, address=address, phone=phone, opening_hours=hours,
                            latitude=Decimal(lat), longitude=Decimal(lng), sort_order=i)
            for i, (name, regency, address, phone, hours, lat, lng) in enumerate(data["locations"])
        ],
    )


def ensure_programmes(index, stats):
    return {
        data["slug"]: ensure_page(index, data["slug"], lambda data=data: _build(data), stats, "programmes",
                                  published_at=morning(datetime.date(2024, 1, 8)))
        for data in PROGRAMMES
    }
