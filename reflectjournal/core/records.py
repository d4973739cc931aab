"""Small value types for the modules every command loads (issue 19).

The journal's own types (entries, their summaries and filters, kinds,
search hits, prompt records, supervision sessions, the key-derivation cost)
are loaded by every command of the command line. As dataclasses they cost
about 12 ms of its start: `dataclasses` imports `inspect` (with `ast`,
`dis` and `tokenize`, ~7.5 ms) and each class is made by compiling its
methods from source at import (~0.4 ms a class). The floor the command line
is held to (issue 19: within 1.25x of a 100-line SQLCipher script) leaves
about 40 ms for everything we add, so these types are plain classes on
:class:`Record`: each lists its fields in ``__slots__``, in the order of its
``__init__``, and the base gives what a dataclass would (equality and a
repr over the fields; for :class:`FrozenRecord` also hashing and refusing
assignment) and :meth:`Record.replace` in place of ``dataclasses.replace``.
tests/core/test_records.py checks every subclass against its ``__init__``
so that a field left out of one cannot go unnoticed.

Modules that load later (packs, exports, importers) keep `dataclasses`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    from typing import Any, Self, dataclass_transform
else:

    def dataclass_transform(**_kwargs: object):  # for the type checker only (PEP 681): nothing at run time
        return lambda cls: cls


__all__ = ["FrozenRecord", "Record", "RecordBase", "RecordFrozenError"]


class RecordFrozenError(AttributeError):
    """Assignment to a field of a :class:`FrozenRecord` (as dataclasses'
    FrozenInstanceError, also an AttributeError)."""


class RecordBase:
    """What both kinds of record share: equality and a repr over the fields,
    copying, pickling and :meth:`replace`."""

    __slots__: tuple[str, ...] = ()
    # Fields left out of the repr (a passphrase, say).
    _hidden_in_repr: frozenset[str] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Equality, repr and replace read the class's own __slots__: a record
        # without them (or one made from another record) would leave fields out.
        if "__slots__" not in cls.__dict__ or any(
            issubclass(base, RecordBase) and base.__dict__.get("__slots__") for base in cls.__bases__
        ):
            raise TypeError(
                f"{cls.__qualname__}: a record lists its fields in its own __slots__ and subclasses no other"
            )

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    # Defining __eq__ leaves __hash__ None: unhashable, as a dataclass with eq and not frozen.

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in self.__slots__ if name not in self._hidden_in_repr
        )
        return f"{type(self).__qualname__}({shown})"

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` made, as ``dataclasses.replace``."""
        unknown = changes.keys() - set(self.__slots__)
        if unknown:
            raise TypeError(f"{type(self).__qualname__} has no field {sorted(unknown)[0]!r}")
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return type(self)(**values)

    def __reduce__(self) -> tuple[Any, ...]:
        # For copy and pickle: the class called with the fields in order.
        return (type(self), self._values())


# dataclass_transform tells type checkers what the records are (so that
# assigning to a frozen record's field is an error before it runs); each
# record's own __init__ is the one used.
@dataclass_transform(eq_default=True)
class Record(RecordBase):
    """A mutable value: equal to another of its class with equal fields,
    unhashable (as a dataclass with ``eq=True``)."""

    __slots__ = ()


@dataclass_transform(eq_default=True, frozen_default=True)
class FrozenRecord(RecordBase):
    """An immutable value: hashable, and a field cannot be assigned once set."""

    __slots__ = ()

    def _set(self, **values: Any) -> None:
        """Set the fields; only from ``__init__``."""
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise RecordFrozenError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise RecordFrozenError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:
        return hash(self._values())
