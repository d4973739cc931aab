"""Signing keys, signatures and the canonical form (core/pack_signing.py)."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from reflectjournal.core import pack_signing as S
from reflectjournal.core.packs import FORMAT_VERSION_UNSIGNED, builtin_packs, read_pack, read_pack_file, write_pack
from tests.pack_signature_corpus import PUBLISHER, educator_pack, new_key, signed_bytes

PASS = "a long and private signing passphrase"
LOW = 2**10  # scrypt cost for tests; production uses S.SCRYPT_N


@pytest.fixture
def key_files(tmp_path):
    return S.make_key(tmp_path / "keys", PASS, scrypt_n=LOW, publisher=PUBLISHER)


def test_make_key_writes_a_private_key_0600_and_a_public_part(key_files):
    private, public = key_files.private_key, key_files.public_key
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(private.parent).st_mode) == 0o700
    document = json.loads(private.read_text())
    assert document["kdf"]["name"] == "scrypt" and document["cipher"] == "aes-256-gcm"
    assert "PRIVATE" not in private.read_text() and PASS not in private.read_text()
    text = public.read_text()
    assert key_files.fingerprint.code in text and key_files.fingerprint.words in text and PUBLISHER in text
    assert not list(private.parent.glob(".*tmp"))  # no temporary file left


def test_make_key_never_replaces_a_key(key_files):
    before = key_files.private_key.read_bytes()
    with pytest.raises(S.SigningKeyError, match="never replaced"):
        S.make_key(key_files.private_key.parent, PASS, scrypt_n=LOW)
    assert key_files.private_key.read_bytes() == before


def test_make_key_needs_a_passphrase(tmp_path):
    with pytest.raises(S.SigningKeyError, match="needs a passphrase"):
        S.make_key(tmp_path, "  ", scrypt_n=LOW)


def test_production_cost_is_scrypt_2_17():
    assert S.SCRYPT_N == 2**17


def test_wrong_passphrase_and_files_that_are_not_keys(key_files, tmp_path):
    with pytest.raises(S.WrongKeyPassphrase):
        S.load_private_key(key_files.private_key, "not it")
    rsa_pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    (tmp_path / "rsa.pem").write_bytes(rsa_pem)
    with pytest.raises(S.SigningKeyError, match="not a reflectjournal pack signing key"):
        S.load_private_key(tmp_path / "rsa.pem", PASS)
    (tmp_path / "junk").write_bytes(b"\x00\x01junk")
    with pytest.raises(S.SigningKeyError, match="not a reflectjournal pack signing key"):
        S.load_private_key(tmp_path / "junk", PASS)
    document = json.loads(key_files.private_key.read_text())
    for n, r, p in (
        (2**30, 8, 1),
        (2**20, 32, 1),
        (2**10, 8, 1000),
    ):  # a hostile key file cannot make us allocate 4 GiB
        greedy = dict(document, kdf={**document["kdf"], "n": n, "r": r, "p": p})
        (tmp_path / "greedy.rjkey").write_text(json.dumps(greedy))
        with pytest.raises(S.SigningKeyError, match="damaged"):
            S.load_private_key(tmp_path / "greedy.rjkey", PASS)


def test_sign_pack_in_place_and_verify(key_files, tmp_path):
    path = tmp_path / "visits.rjpack"
    path.write_bytes(write_pack(educator_pack()))
    assert S.verify_pack(path).status == "unsigned"
    check = S.sign_pack(path, key_files.private_key, PASS)
    assert check.is_signed and check.publisher == PUBLISHER
    assert check.fingerprint == key_files.fingerprint
    again = S.verify_pack(path)
    assert again.is_signed and again.message == f"Signed by {PUBLISHER} (fingerprint {key_files.fingerprint.code})."
    assert json.loads(path.read_bytes())["format_version"] == 2
    os.chmod(path, 0o640)  # a pack in a shared team folder stays readable by the team
    S.sign_pack(path, key_files.private_key, PASS)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


def test_resaving_without_changes_keeps_the_signature_valid():
    data = signed_bytes(educator_pack())
    pack = read_pack(data, name="x")
    assert write_pack(pack) == data  # canonical bytes round-trip, signature included
    # Another layout of the same content: indentation, key order, a BOM.
    obj = json.loads(data)
    shuffled = {k: obj[k] for k in reversed(list(obj))}
    other = b"\xef\xbb\xbf" + json.dumps(shuffled, ensure_ascii=True, indent=7).encode()
    assert S.verify(read_pack(other, name="y")).is_signed


def test_any_change_to_the_content_breaks_it():
    data = signed_bytes(educator_pack())
    for old, new in ((b'"1.0.0"', b'"1.0.1"'), (b"A. Educator", b"B. Educator"), (b"1988", b"1989")):
        changed = read_pack(data.replace(old, new, 1), name="x")
        assert S.verify(changed).is_bad, old


def test_carry_signature_keeps_it_only_for_unchanged_content():
    signed = read_pack(signed_bytes(educator_pack()), name="x")
    unchanged = replace(educator_pack(), signature=None)
    assert S.verify(S.carry_signature(signed, unchanged)).is_signed
    edited = replace(unchanged, title="Visits, revised")
    assert S.carry_signature(signed, edited).signature is None


def test_old_and_unsigned_packs_read_as_unsigned_and_write_format_1():
    for pack in builtin_packs():
        assert S.verify(pack).status == "unsigned"
    data = write_pack(educator_pack())
    assert json.loads(data)["format_version"] == FORMAT_VERSION_UNSIGNED


def test_fingerprint_words_and_code():
    assert len(S.WORDS) == len(set(S.WORDS)) == 256
    fp = S.fingerprint_of(bytes(32))
    assert len(fp.words.split()) == 8 and len(fp.code) == 19 and fp.code.count("-") == 3
    assert fp.code.replace("-", "").lower() == fp.hex[:16]
    other = S.fingerprint_of(bytes(31) + b"\x01")
    assert other.words != fp.words and other.code != fp.code


def test_signature_survives_the_journal_and_export(journal, tmp_path):
    data = signed_bytes(educator_pack(), new_key())
    journal.packs.import_pack(read_pack(data, name="x"))
    (installed,) = journal.packs.installed()
    assert S.verify(installed.pack).is_signed
    out = journal.packs.export(installed.pack.id, tmp_path / "out.rjpack")
    assert out.read_bytes() == data and S.verify(read_pack_file(out)).is_signed


def test_an_unsigned_pack_is_checked_without_loading_cryptography():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from reflectjournal.core.pack_signing import verify\n"
        "from reflectjournal.core.packs import builtin_packs\n"
        "assert verify(builtin_packs()[0]).status == 'unsigned'\n"
        "print('cryptography' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_a_key_is_made_where_there_are_no_hard_links(tmp_path, monkeypatch):
    def no_links(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted")  # as on FAT or some network shares

    monkeypatch.setattr(os, "link", no_links)
    files = S.make_key(tmp_path / "usb", PASS, scrypt_n=LOW)
    assert stat.S_IMODE(os.stat(files.private_key).st_mode) == 0o600
    assert S.load_private_key(files.private_key, PASS) is not None
    assert not list(files.private_key.parent.glob(".*tmp"))
    with pytest.raises(S.SigningKeyError, match="never replaced"):
        S.make_key(tmp_path / "usb", PASS, scrypt_n=LOW)


def test_a_deeply_nested_key_file_is_refused_in_words(tmp_path):
    (tmp_path / "deep.rjkey").write_text("[" * 10_000)
    with pytest.raises(S.SigningKeyError, match="not a reflectjournal pack signing key"):
        S.load_private_key(tmp_path / "deep.rjkey", PASS)
