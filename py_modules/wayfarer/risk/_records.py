"""Building the frozen, slotted records of an assessment on the hot path.

A frozen dataclass stores each field through ``object.__setattr__`` (a slow call per field), and
calling the slot descriptors directly (``wayfarer.vitals._fastinit``) still costs a call per
field. Here each record is filled in as an instance of a plain twin class with the same slots,
whose stores the interpreter specialises, and then given its real class: CPython allows that
``__class__`` assignment exactly when the two layouts are the same, which it checks. The record
is frozen for everyone afterwards, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def builder(cls: type[T]) -> Callable[..., T]:
    """A function taking every field of the frozen slotted dataclass ``cls``, in order (no
    defaults, no ``__post_init__``), that returns the record."""
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has __post_init__; build it through its __init__")
    names = [item.name for item in fields(cls)]  # type: ignore[arg-type]
    if tuple(getattr(cls, "__slots__", ())) != tuple(names):
        raise TypeError(f"{cls.__name__} must be a slots=True dataclass")
    twin = type(f"_{cls.__name__}Twin", (), {"__slots__": tuple(names)})
    namespace: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": cls}
    stores = "".join(f"    self.{name} = {name}\n" for name in names)
    source = (
        f"def build({', '.join(names)}):\n    self = _new(_twin)\n{stores}"
        "    self.__class__ = _cls\n    return self\n"
    )
    exec(source, namespace)  # the same code generation dataclasses itself uses
    build: Callable[..., T] = namespace["build"]
    build.__qualname__ = f"{cls.__name__}.builder"
    probe = build(*range(len(names)))
    assert type(probe) is cls
    return build
