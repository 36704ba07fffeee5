"""Helpers of the compat tests: resolve "module:qualified.name" and render a signature."""

import importlib
import inspect


def resolve(dotted):
    module_name, _, qualname = dotted.partition(":")
    obj = importlib.import_module(module_name)
    for part in qualname.split("."):
        obj = getattr(obj, part)  # AttributeError: the internal is gone
    return obj


def parameters(obj) -> str:
    """The signature without annotations, e.g. "(self, query, fields)"."""
    params = [p.replace(annotation=inspect.Parameter.empty) for p in inspect.signature(obj).parameters.values()]
    return f"({', '.join(str(p) for p in params)})"
