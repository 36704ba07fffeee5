"""nDCG@10 and Recall@10 of the site search on the judged query set, per backend.

    make eval-search            # SQLite file under var/ plus a temporary engine
    manage.py eval_search --size 1500 --backend all -v 2
"""

from django.core.management.base import BaseCommand

from bench.search import runner
from bench.search.judgments import QUERIES, grade
from bench.search.metrics import ndcg_at, recall_at


class Command(BaseCommand):
    help = "Evaluate search relevance (nDCG@10, Recall@10) on a generated corpus, per backend."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=400, help="Generated posts (default 400).")
        parser.add_argument("--seed", type=int, default=2025)
        parser.add_argument("--backend", default="all", choices=["all", "database", "engine"])
        parser.add_argument("--force", action="store_true", help="Allow a database outside var/.")

    def handle(self, *args, size, seed, backend, force, verbosity, **options):
        runner.check_throwaway_database(force)
        posts = runner.prepare(size, seed)
        self.stdout.write(f"Corpus: {len(posts)} generated posts (seed {seed}); {len(QUERIES)} judged queries.")
        rows = []
        for name, search_backend in runner.backends(backend):
            documents, seconds = runner.index(search_backend)
            for label, rank in ((name, runner.site_ranking), (f"{name} (Wagtail default)", runner.plain_ranking)):
                ndcgs, recalls = [], []
                for query, topic, region in QUERIES:
                    pks = rank(query, search_backend)
                    ranked = [grade(posts[pk], topic, region) if pk in posts else 0 for pk in pks]
                    judged = [grade(p, topic, region) for p in posts.values()]
                    ndcgs.append(ndcg_at(ranked, judged))
                    recalls.append(recall_at(ranked, judged))
                    if verbosity > 1:
                        self.stdout.write(f"  {label:28} {ndcgs[-1]:.3f} {recalls[-1]:.3f}  {query}")
                rows.append((label, documents, sum(ndcgs) / len(ndcgs), sum(recalls) / len(recalls)))
        self.stdout.write(f"{'backend':28} {'docs':>6} {'nDCG@10':>8} {'Recall@10':>10}")
        for name, documents, ndcg, recall in rows:
            self.stdout.write(f"{name:28} {documents:6d} {ndcg:8.3f} {recall:10.3f}")
