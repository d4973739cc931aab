"""core.digest: SHA-256 without hashlib's OpenSSL gives the standard's digests."""

from __future__ import annotations

from reflectjournal.core.digest import sha256


def test_known_answers_from_fips_180_2():
    assert sha256(b"abc").hexdigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    long = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    assert sha256(long).hexdigest() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    assert sha256(b"").digest().hex().startswith("e3b0c442")
