"""A hostile signature corpus, made fresh by code (no key is kept in the repository).

Each case is a pack file's bytes and what must happen to it: refused by the
reader (``"invalid"``, the problem's field and words), or read and then
refused by the signature check (its status and words). The corpus is made
with throwaway keys, so every run checks new signatures.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from reflectjournal.core.pack_signing import sign
from reflectjournal.core.packs import Prompt, PromptPack, Source, write_pack

PUBLISHER = "Greenwich Children's Services"


def educator_pack(
    version: str = "1.0.0", *, pack_id: str = "org.example.greenwich.visits", title: str = ""
) -> PromptPack:
    return PromptPack(
        id=pack_id,
        title=title or "Visits that keep the child in mind",
        version=version,
        authors=("A. Educator",),
        organisation=PUBLISHER,
        licence="CC-BY-4.0",
        language="en-GB",
        description="Prompts for newly qualified social workers.",
        updated=dt.date(2026, 11, 25),
        prompts=(
            Prompt(
                id="after-the-visit",
                title="After the visit: the child's day",
                when=("after_home_visit",),
                questions=("What did I see and hear?", "What did the child say or do?"),
                sources=(Source(author="Gibbs, G.", title="Learning by Doing", year=1988),),
            ),
        ),
    )


def new_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


def signed_bytes(pack: PromptPack, key: ed25519.Ed25519PrivateKey | None = None) -> bytes:
    return write_pack(sign(pack, key or new_key()))


def _edit_signature(data: bytes, **changes: object) -> bytes:
    obj = json.loads(data)
    obj["signature"].update(changes)
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _replace_signature(data: bytes, value: object) -> bytes:
    obj = json.loads(data)
    obj["signature"] = value
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    outcome: str  # "invalid" (the reader refuses it) or a signature status ("mismatch", "unusable")
    words: str  # words the message must hold
    field: str = ""  # for "invalid": the problem's field


def corpus() -> list[Case]:
    key = new_key()
    good = signed_bytes(educator_pack(), key)
    other = signed_bytes(educator_pack("2.0.0", pack_id="org.example.greenwich.court", title="Court"), key)
    other_sig = json.loads(other)["signature"]
    sig = json.loads(good)["signature"]
    raw_value = base64.b64decode(sig["value"])
    ec_key = ec.generate_private_key(ec.SECP256R1()).public_key()
    ec_der = ec_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    flipped = bytes([raw_value[0] ^ 1]) + raw_value[1:]
    one_byte = good.replace(b"What did I see and hear?", b"What did I see and hear!")
    assert one_byte != good and len(one_byte) == len(good)
    unsigned_v1 = json.loads(write_pack(educator_pack()))
    unsigned_v1["signature"] = sig
    return [
        Case(
            "signature over a different pack",
            _edit_signature(good, **other_sig),
            "mismatch",
            "made for another pack (org.example.greenwich.court 2.0.0)",
        ),
        Case("one byte changed after signing", one_byte, "mismatch", "this pack was changed after it was signed"),
        Case(
            "truncated signature",
            _edit_signature(good, value=base64.b64encode(raw_value[:40]).decode()),
            "unusable",
            "truncated: 40 bytes of the 64",
        ),
        Case(
            "signature too long",
            _edit_signature(good, value=base64.b64encode(raw_value + b"\0" * 8).decode()),
            "unusable",
            "72 bytes long",
        ),
        Case(
            "wrong key type (an elliptic-curve P-256 key)",
            _edit_signature(good, public_key=base64.b64encode(ec_der).decode()),
            "unusable",
            "not an Ed25519 key (it is an elliptic-curve (ECDSA) key)",
        ),
        Case(
            "wrong key size",
            _edit_signature(good, public_key=base64.b64encode(b"\x01" * 31).decode()),
            "unusable",
            "it is 31 bytes long",
        ),
        Case(
            "unknown algorithm name", _edit_signature(good, algorithm="rsa-pss-sha256"), "unusable", '"rsa-pss-sha256"'
        ),
        Case(
            "malformed base64 signature",
            _edit_signature(good, value="not*base64!"),
            "unusable",
            "signature is not valid base64",
        ),
        Case(
            "malformed base64 public key",
            _edit_signature(good, public_key="%%%"),
            "unusable",
            "public key is not valid base64",
        ),
        Case(
            "forged signature (one bit flipped)",
            _edit_signature(good, value=base64.b64encode(flipped).decode()),
            "mismatch",
            "damaged or forged",
        ),
        Case("digest that is not hex", _edit_signature(good, content_sha256="z" * 64), "unusable", "not a SHA-256"),
        Case(
            "oversized signature value",
            _edit_signature(good, value="A" * 5000),
            "invalid",
            "too long",
            "signature.value",
        ),
        Case(
            "oversized public key",
            _edit_signature(good, public_key="A" * 100_000),
            "invalid",
            "too long",
            "signature.public_key",
        ),
        Case(
            "oversized algorithm name",
            _edit_signature(good, algorithm="x" * 300),
            "invalid",
            "too long",
            "signature.algorithm",
        ),
        Case(
            "unknown signature field",
            _edit_signature(good, comment="trust me"),
            "invalid",
            "not a field of a signature",
            "signature.comment",
        ),
        Case(
            "signature that is not an object",
            _replace_signature(good, [sig]),
            "invalid",
            "must be a signature",
            "signature",
        ),
        Case(
            "signature in a format version 1 file",
            (json.dumps(unsigned_v1, indent=2) + "\n").encode(),
            "invalid",
            "needs format_version 2",
            "signature",
        ),
        Case(
            "control character in the algorithm",
            _edit_signature(good, algorithm="ed25519\u202e"),
            "invalid",
            "bidirectional",
            "signature.algorithm",
        ),
    ]


def pinned_publisher_with_new_key() -> tuple[bytes, bytes]:
    """Two packs from "the same" publisher: the first signed with one key, an
    update signed with another. Import the first (pins its key); the second
    must be refused."""
    first = signed_bytes(educator_pack("1.0.0"), new_key())
    second = signed_bytes(educator_pack("1.1.0"), new_key())
    return first, second


def impostor_with_new_key() -> tuple[bytes, bytes]:
    """A genuine pack, then another pack (another id) naming the same
    publisher but signed with a different key."""
    genuine = signed_bytes(educator_pack(), new_key())
    impostor = signed_bytes(
        replace(educator_pack(pack_id="org.example.impostor.visits", title="Court work")), new_key()
    )
    return genuine, impostor
