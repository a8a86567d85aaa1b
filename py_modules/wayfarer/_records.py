"""Building frozen, slotted records on a hot path (readings, sensor records, assessments).

A frozen dataclass stores each field through ``object.__setattr__``, which costs several times a
plain store, and calling the slot descriptors directly still costs a call per field. Here each
record is filled in as an instance of a plain twin class with the same slots, whose stores the
interpreter specialises, and then given its real class: CPython allows that ``__class__``
assignment exactly when the two layouts are the same, which it checks. The record is frozen for
everyone afterwards, as before. (A reading built this way took 0.20 µs under CPython 3.11, through
the slot descriptors 0.37 µs.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def fast_constructor(cls: type[T], *, skip_post_init: bool = False) -> Callable[..., T]:
    """A function taking every field of the frozen slotted dataclass ``cls``, in order (no
    defaults), that returns the record.

    A class with ``__post_init__`` is refused unless ``skip_post_init`` is True: the caller then
    promises the values are already what ``__post_init__`` would have made of them.
    """
    if hasattr(cls, "__post_init__") and not skip_post_init:
        raise TypeError(f"{cls.__name__} has __post_init__; build it through its __init__")
    names = [item.name for item in fields(cls)]  # type: ignore[arg-type]
    if tuple(getattr(cls, "__slots__", ())) != tuple(names):
        raise TypeError(f"{cls.__name__} must be a slots=True dataclass with no slotted base")
    twin = type(f"_{cls.__name__}Twin", (), {"__slots__": tuple(names)})
    namespace: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": cls}
    stores = "".join(f"    self.{name} = {name}\n" for name in names)
    source = (
        f"def build({', '.join(names)}):\n    self = _new(_twin)\n{stores}"
        "    self.__class__ = _cls\n    return self\n"
    )
    exec(source, namespace)  # the same code generation dataclasses itself uses
    build: Callable[..., T] = namespace["build"]
    build.__qualname__ = f"{cls.__name__}.fast_constructor"
    probe = build(*range(len(names)))
    assert type(probe) is cls
    return build
