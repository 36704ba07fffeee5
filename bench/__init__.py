"""`make bench`: the production-like stack under load (see run.py and docs/deploy.md)."""
