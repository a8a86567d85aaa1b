"""A faster way to build frozen slotted records on the parsing hot path.

A frozen dataclass's ``__init__`` stores every field through ``object.__setattr__`` (it must get
past the class's own ``__setattr__``, which refuses), which costs about four times a plain store.
The object that function builds is the same one we get by calling each slot's descriptor
directly, which is what :func:`fast_constructor` does. The record stays frozen for everyone else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def fast_constructor(cls: type[T]) -> Callable[..., T]:
    """A function taking the fields of the frozen slotted dataclass ``cls`` in order, returning an instance.

    Only for classes without ``__post_init__`` (nothing would run it).
    """
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has __post_init__; build it through its __init__")
    names = [item.name for item in fields(cls)]  # type: ignore[arg-type]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for name in names:
        namespace[f"_set_{name}"] = getattr(cls, name).__set__
    stores = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    source = f"def build({', '.join(names)}):\n    self = _new(_cls)\n{stores}    return self\n"
    exec(source, namespace)  # the same code generation dataclasses itself uses
    build: Callable[..., T] = namespace["build"]
    build.__qualname__ = f"{cls.__name__}.fast_constructor"
    return build
