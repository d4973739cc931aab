"""Every record type (core.records) against its own __init__: each field is
set, shown, compared, hashed, copied and replaced, so a field left out of a
hand-written method cannot go unnoticed."""

from __future__ import annotations

import copy
import inspect
import pickle

import pytest

from reflectjournal.core import answers, connection, models, search_query, vault
from reflectjournal.core.records import FrozenRecord, Record, RecordBase, RecordFrozenError

MODULES = (answers, connection, models, search_query, vault)


def _subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out.append(sub)
        out.extend(_subclasses(sub))
    return out


RECORDS = sorted(
    {
        c
        for c in _subclasses(RecordBase)
        if c not in (Record, FrozenRecord) and c.__module__.startswith("reflectjournal.")
    },
    key=lambda c: c.__qualname__,
)


def test_the_core_types_on_every_commands_path_are_all_here():
    names = {c.__qualname__ for c in RECORDS}
    assert {"Entry", "EntrySummary", "EntryFilter", "Kind", "Wellbeing", "SearchHit", "SupervisionSession"} <= names
    assert {"AgendaItem", "Action", "PromptRecord", "Answer", "KdfSettings", "CopySource", "VerifyReport"} <= names
    assert {"_Term", "SearchNote"} <= names
    # and no dataclass is left in the modules every command loads
    for module in MODULES:
        assert not [n for n, v in vars(module).items() if isinstance(v, type) and hasattr(v, "__dataclass_fields__")]


def _sample(cls: type, bump: str | None = None) -> tuple[RecordBase, dict[str, int]]:
    """An instance with a distinct int in every field (``bump``'s one more)."""
    values = {name: 1000 + i + (1 if name == bump else 0) for i, name in enumerate(cls.__slots__)}
    return cls(**values), values


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__qualname__)
def test_init_takes_exactly_the_fields_in_order(cls):
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert params == list(cls.__slots__)
    obj, values = _sample(cls)
    assert {name: getattr(obj, name) for name in cls.__slots__} == values
    positional = cls(*values.values())
    assert positional == obj


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__qualname__)
def test_equality_repr_copy_and_replace_see_every_field(cls):
    obj, values = _sample(cls)
    same, _ = _sample(cls)
    assert obj == same and not (obj != same)
    assert obj != object() and obj != tuple(values.values())
    text = repr(obj)
    assert text.startswith(cls.__qualname__ + "(")
    for name, value in values.items():
        shown = f"{name}={value!r}" in text
        assert shown == (name not in cls._hidden_in_repr), name
        other, _ = _sample(cls, bump=name)
        assert other != obj, f"{name} is not compared"
        assert obj.replace(**{name: value + 1}) == other
        assert getattr(obj, name) == value  # replace made a copy
    assert copy.copy(obj) == obj and copy.deepcopy(obj) == obj
    assert pickle.loads(pickle.dumps(obj)) == obj
    with pytest.raises(TypeError, match="no field 'nonsense'"):
        obj.replace(nonsense=1)


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__qualname__)
def test_frozen_records_hash_and_refuse_changes_mutable_ones_do_not_hash(cls):
    obj, values = _sample(cls)
    first = cls.__slots__[0]
    if issubclass(cls, FrozenRecord):
        assert hash(obj) == hash(_sample(cls)[0])
        assert hash(obj) != hash(_sample(cls, bump=cls.__slots__[-1])[0])
        with pytest.raises(RecordFrozenError):
            setattr(obj, first, 1)
        with pytest.raises(AttributeError):
            delattr(obj, first)
        assert getattr(obj, first) == values[first]
    else:
        with pytest.raises(TypeError):
            hash(obj)
        setattr(obj, first, 7)
        assert getattr(obj, first) == 7
    with pytest.raises(AttributeError):
        obj.not_a_field = 1  # slots: no stray attributes


def test_defaults_are_fresh_for_each_instance():
    a, b = models.Entry(), models.Entry()
    a.tags.append("x")
    assert b.tags == [] and a.tags is not b.tags
    assert models.Entry().happened_on is not None
    s, t = models.SupervisionSession(), models.SupervisionSession()
    s.actions.append(models.Action("Ring school"))
    assert t.actions == []


def test_a_passphrase_never_shows_in_a_repr():
    source = connection.CopySource(path="/j", passphrase="secret words", kdf=connection.KdfSettings(2))
    assert "secret" not in repr(source) and "KdfSettings(iterations=2)" in repr(source)


def test_kdf_settings_still_refuse_no_iterations():
    with pytest.raises(ValueError):
        connection.KdfSettings(0)


def test_a_record_without_its_own_slots_or_made_from_another_is_refused():
    with pytest.raises(TypeError, match="own __slots__"):

        class NoSlots(Record):
            def __init__(self) -> None:
                pass

    with pytest.raises(TypeError, match="subclasses no other"):

        class MoreKind(models.Kind):
            __slots__ = ("extra",)
