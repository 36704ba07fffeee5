"""nDCG@10 and Recall@10 of the site search per backend, per query type and per language.

    make eval-search                       # the hand-written set, SQLite file + a temporary engine
    DATABASE=postgres make eval-search     # the same on a throwaway PostgreSQL
    manage.py eval_search --set generated  # the old template-generated set (a regression check)
    manage.py eval_search -v 2             # one line per query
    manage.py eval_search --pool FILE      # unjudged documents ranked in a top 10, for judging
"""

import json
from collections import defaultdict
from pathlib import Path

from django.core.management.base import BaseCommand
from wagtail.models import Locale

from bench.search import handwritten, runner
from bench.search.judgments import QUERIES, grade
from bench.search.metrics import ndcg_at, recall_at


class Command(BaseCommand):
    help = "Evaluate search relevance (nDCG@10, Recall@10) per backend on a judged query set."

    def add_arguments(self, parser):
        parser.add_argument("--set", dest="which", default="handwritten", choices=["handwritten", "generated"])
        parser.add_argument("--size", type=int, default=400, help="Generated posts (--set generated).")
        parser.add_argument("--seed", type=int, default=2025)
        parser.add_argument("--backend", default="all", choices=["all", "database", "engine"])
        parser.add_argument("--dir", default=str(handwritten.EVALSET_DIR), help="Where the hand-written slices are.")
        parser.add_argument("--pool", help="Write the unjudged documents of each query's top 10 to this file.")
        parser.add_argument("--force", action="store_true", help="Allow a database outside var/.")

    def handle(self, *args, which, size, seed, backend, dir, pool, force, verbosity, **options):
        runner.check_throwaway_database(force)
        cases = self._handwritten(Path(dir)) if which == "handwritten" else self._generated(size, seed)
        rows, unjudged = [], defaultdict(set)
        for name, search_backend in runner.backends(backend):
            runner.index(search_backend)
            for label, rank in ((name, runner.site_ranking), (f"{name} (Wagtail default)", runner.plain_ranking)):
                scores = []
                for case in cases:
                    pks = rank(case["text"], search_backend, locale=case["locale"])
                    ranked = [case["grades"].get(pk, 0) for pk in pks]
                    if rank is runner.site_ranking:
                        unjudged[case["id"]].update(self.doc_of.get(pk) for pk in pks if pk not in case["grades"])
                    scores.append((case, ndcg_at(ranked, list(case["grades"].values())),
                                   recall_at(ranked, list(case["grades"].values()))))
                    if verbosity > 1:
                        self.stdout.write(f"  {label:26} {scores[-1][1]:.3f} {scores[-1][2]:.3f}  "
                                          f"[{case['type']}/{case['lang']}] {case['text']}")
                rows.append((label, scores))
        self._report(cases, rows)
        if pool:
            with open(pool, "w", encoding="utf-8") as out:
                json.dump({k: sorted(v - {None}) for k, v in sorted(unjudged.items())}, out, indent=1)
            self.stdout.write(f"Unjudged top-10 documents written to {pool}.")

    def _handwritten(self, directory):
        docs, queries = handwritten.read_set(directory)
        self.doc_of = handwritten.load(docs)
        pk_of = {doc_id: pk for pk, doc_id in self.doc_of.items()}
        locales = {lang: Locale.objects.get(language_code=lang) for lang in {q.lang for q in queries}}
        self.stdout.write(f"Hand-written set: {len(docs)} documents "
                          f"({sum(d.lang == 'id' for d in docs)} Indonesian, {sum(d.lang == 'en' for d in docs)} "
                          f"English), {len(queries)} judged queries.")
        return [{"id": q.id, "text": q.text, "type": q.type, "lang": q.lang, "locale": locales[q.lang],
                 "grades": {pk_of[d]: g for d, g in q.judgments.items() if g > 0}} for q in queries]

    def _generated(self, size, seed):
        posts = runner.prepare(size, seed)
        self.doc_of = {pk: f"generated-{post.number}" for pk, post in posts.items()}
        self.stdout.write(f"Generated set: {len(posts)} posts (seed {seed}); {len(QUERIES)} judged queries.")
        locale = Locale.get_default()
        cases = []
        for i, (query, topic, region) in enumerate(QUERIES):
            grades = {pk: grade(post, topic, region) for pk, post in posts.items()}
            cases.append({"id": f"G{i:02d}", "text": query, "type": "generated", "lang": "id", "locale": locale,
                          "grades": {pk: g for pk, g in grades.items() if g > 0}})
        return cases

    def _report(self, cases, rows):
        groups = sorted({c["type"] for c in cases}) + sorted({f"lang:{c['lang']}" for c in cases})

        def members(group, scores):
            if group.startswith("lang:"):
                return [s for s in scores if s[0]["lang"] == group[5:]]
            return [s for s in scores if s[0]["type"] == group]

        def mean(values):
            return sum(values) / len(values) if values else float("nan")

        head = f"{'backend':26} {'nDCG@10':>8} {'Rec@10':>7}" + "".join(f" {g[:11]:>11}" for g in groups)
        self.stdout.write(head)
        for label, scores in rows:
            line = f"{label:26} {mean([s[1] for s in scores]):8.3f} {mean([s[2] for s in scores]):7.3f}"
            line += "".join(f" {mean([s[1] for s in members(g, scores)]):11.3f}" for g in groups)
            self.stdout.write(line)
        self.stdout.write("Per-group columns are nDCG@10. Queries per group: "
                          + ", ".join(f"{g} {len(members(g, rows[0][1]))}" for g in groups))
