"""200 distinct search queries of the kind people type on /cari/, for `make bench`.

A benchmark that repeats one query measures whatever caches it; these are cycled instead. They
mix what the search log of a social-services site shows: a programme's acronym or its words,
a need and a place, a year, a single word, a misspelling, and a few English queries for
/en/search/. Deterministic (no randomness), so two runs send the same requests.
"""

from urllib.parse import urlencode

NEEDS = [
    "bantuan lansia", "pkh", "program keluarga harapan", "lk3", "konsultasi keluarga", "wksbm",
    "rumah tidak layak huni", "rtlh", "kursi roda", "penyandang disabilitas", "anak terlantar",
    "panti asuhan", "bantuan pangan", "permakanan lansia", "tagana", "bencana banjir", "dapur umum",
    "kekerasan dalam rumah tangga", "kdrt", "rehabilitasi sosial", "tksk", "pekerja sosial",
    "data terpadu kesejahteraan sosial", "dtks", "bpnt", "kartu sembako", "beasiswa anak",
    "gelandangan dan pengemis", "orang dengan gangguan jiwa", "karang taruna",
]
PLACES = ["sleman", "bantul", "gunungkidul", "kulon progo", "kota yogyakarta"]
YEARS = ["2023", "2024", "2025", "2026"]
TYPOS = ["bantuab lansia", "disabilitsa", "rehabilitas sosial", "kesejahteraaan", "pendamping pkh sleman",
         "penyaluran bansos", "lanjut usai", "posyandu lansai", "bantual sosial", "konseling kluarga"]
ENGLISH = ["elderly assistance", "family counselling", "disability aid", "disaster response", "social workers",
           "housing renovation", "child protection", "food assistance", "volunteers", "domestic violence"]


def distinct_queries(total=200):
    """[(path, query)]: Indonesian queries on /cari/, English ones on /en/search/."""
    found = []

    def add(path, text):
        if (path, text) not in found and len(found) < total:
            found.append((path, text))

    for text in ENGLISH:
        add("/en/search/", text)
    for text in TYPOS:
        add("/cari/", text)
    for need in NEEDS:
        add("/cari/", need)
    for round_ in range(len(PLACES) + len(YEARS)):
        for number, need in enumerate(NEEDS):
            qualifiers = PLACES + YEARS
            add("/cari/", f"{need} {qualifiers[(number + round_) % len(qualifiers)]}")
    return found


def search_paths(total=200):
    return [f"{path}?{urlencode({'q': text})}" for path, text in distinct_queries(total)]
