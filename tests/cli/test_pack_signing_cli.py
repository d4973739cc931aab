"""`reflectjournal pack keygen|sign|verify` and their exit codes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reflectjournal.cli import EXIT_CODES
from reflectjournal.cli_pack import EXIT_BAD_SIGNATURE, EXIT_INVALID, EXIT_OK, EXIT_UNSIGNED, EXIT_WRONG_PASSPHRASE
from reflectjournal.core import pack_signing as S
from reflectjournal.core.packs import write_pack
from tests.pack_signature_corpus import PUBLISHER, corpus, educator_pack

ROOT = Path(__file__).resolve().parents[2]
PASS = "a long and private signing passphrase"


def pack_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reflectjournal", "pack", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


@pytest.fixture
def key(tmp_path):
    return S.make_key(tmp_path / "keys", PASS, scrypt_n=2**10)


def test_keygen_asks_for_a_strong_passphrase_and_writes_0600(tmp_path):
    out = tmp_path / "org-key"
    weak = pack_cli("keygen", "--out", str(out), "--passphrase-stdin", stdin="password\n")
    assert weak.returncode == 2 and "too weak" in weak.stderr
    assert not (out / S.PRIVATE_KEY_NAME).exists()
    done = pack_cli("keygen", "--out", str(out), "--publisher", PUBLISHER, "--passphrase-stdin", stdin=PASS + "\n")
    assert done.returncode == 0, done.stderr
    private = out / S.PRIVATE_KEY_NAME
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    assert PASS not in " ".join(sys.argv) and PASS not in private.read_text()
    fingerprint = S.load_private_key(private, PASS)  # the passphrase given opens it
    assert fingerprint is not None
    assert "fingerprint:" in done.stdout and "in words:" in done.stdout
    again = pack_cli("keygen", "--out", str(out), "--passphrase-stdin", stdin=PASS + "\n")
    assert again.returncode == 2 and "never replaced" in again.stderr


def test_keygen_has_no_passphrase_argument():
    done = pack_cli("keygen", "--out", "x", "--passphrase", PASS)
    assert done.returncode == 2 and "unrecognized arguments" in done.stderr


def test_sign_then_verify(tmp_path, key):
    path = tmp_path / "visits.rjpack"
    path.write_bytes(write_pack(educator_pack()))
    assert "signature: not signed" in pack_cli("show", str(path)).stdout
    unsigned = pack_cli("verify", str(path))
    assert unsigned.returncode == EXIT_UNSIGNED and "not signed" in unsigned.stdout
    wrong = pack_cli("sign", str(path), "--key", str(key.private_key), "--passphrase-stdin", stdin="nope\n")
    assert wrong.returncode == EXIT_WRONG_PASSPHRASE and "Nothing was signed" in wrong.stderr
    done = pack_cli("sign", str(path), "--key", str(key.private_key), "--passphrase-stdin", stdin=PASS + "\n")
    assert done.returncode == EXIT_OK, done.stderr
    assert key.fingerprint.code in done.stdout
    verified = pack_cli("verify", str(path))
    assert verified.returncode == EXIT_OK
    shown = pack_cli("show", str(path))
    assert f"signature: signed by {PUBLISHER} (fingerprint {key.fingerprint.code}: " in shown.stdout
    assert f"Signed by {PUBLISHER} (fingerprint {key.fingerprint.code})" in verified.stdout
    assert key.fingerprint.words in verified.stdout
    # One byte changed after signing.
    path.write_bytes(path.read_bytes().replace(b"What did I see", b"What did I sea"))
    changed = pack_cli("verify", str(path))
    assert changed.returncode == EXIT_BAD_SIGNATURE
    assert "Signature does not match: this pack was changed after it was signed." in changed.stderr


def test_sign_refuses_a_key_of_another_kind(tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    )
    (tmp_path / "rsa.pem").write_bytes(pem)
    path = tmp_path / "p.rjpack"
    path.write_bytes(write_pack(educator_pack()))
    done = pack_cli("sign", str(path), "--key", str(tmp_path / "rsa.pem"), "--passphrase-stdin", stdin=PASS + "\n")
    assert done.returncode == EXIT_INVALID and "RSA PEM key, not a reflectjournal pack signing key" in done.stderr
    assert json.loads(path.read_bytes())["format_version"] == 1  # untouched


def test_verify_exit_codes_over_the_corpus(tmp_path):
    for number, case in enumerate(corpus()):
        path = tmp_path / f"case{number}.rjpack"
        path.write_bytes(case.data)
        done = pack_cli("verify", str(path))
        expected = EXIT_INVALID if case.outcome == "invalid" else EXIT_BAD_SIGNATURE
        assert done.returncode == expected, (case.name, done.stderr)
        assert case.words in done.stderr, case.name
        assert "Traceback" not in done.stderr


def test_exit_code_13_is_in_the_table():
    assert (13, "`pack verify`: the pack is not signed") in EXIT_CODES
