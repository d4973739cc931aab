"""Signed prompt packs: make a signing key, sign a pack, check a signature. No Qt.

An organisation makes one key (:func:`make_key`), signs each pack it shares
(:func:`sign_pack`) and publishes its key's fingerprint (:class:`Fingerprint`,
in words and as a short code) where its practitioners can see it. The app
checks a pack with :func:`verify` before import; ``reflectjournal pack
verify FILE`` does the same on the command line.

- **Algorithm**: Ed25519, through the ``cryptography`` library, imported only
  when a key is made or a signature checked (``pack validate`` and the
  everyday commands never load it).
- **What is signed**: the canonical content of the pack (:func:`canonical_content`):
  the pack as the reader understood it (NFC text, trimmed, tags folded),
  without ``format_version`` and ``signature``, as compact JSON with sorted
  keys. Re-saving a pack without changing it (any indentation, field order or
  byte order mark) keeps the signature valid; changing any text does not.
- **The signed message** is four lines: ``reflectjournal prompt pack
  signature v1``, the pack id, its version and the SHA-256 of the canonical
  content in hex. The pack id and version are repeated in the ``signature``
  object, so a signature copied from another pack is reported as such.
- **The private key file** (:data:`PRIVATE_KEY_NAME`) is JSON: the raw
  32-byte private key encrypted with AES-256-GCM under a key derived from the
  passphrase by scrypt (n=2**17, r=8, p=1: about 0.3 s and 128 MiB here),
  the public key and the derivation's salt bound in as associated data. It is
  created 0600 with O_EXCL and renamed into place, never over an existing key.
  (PKCS8 with ``BestAvailableEncryption`` was measured first: cryptography
  50 derives its key with only 2,048 PBKDF2 rounds, too few for a key that
  may be stolen from a shared drive.)

The format is described for people in ``docs/prompt-pack-format.md``.

For the pack editor's "Sign…" (the whole API is these few calls):

- ``make_key(out_dir, passphrase)`` -> :class:`KeyFiles` (paths and fingerprint);
- ``sign_pack(path, key_path, passphrase)`` signs a saved file in place and
  returns its :class:`SignatureCheck`; raises :class:`WrongKeyPassphrase`,
  :class:`SigningKeyError`, ``PackInvalid`` or ``OSError``;
- ``verify_pack(path)`` / ``verify(pack)`` -> :class:`SignatureCheck` with
  ``status`` (``"signed"``, ``"unsigned"``, ``"mismatch"``, ``"unusable"``),
  ``publisher``, ``fingerprint`` (``.code``, ``.words``) and ``message``;
- ``carry_signature(original, edited)`` when re-saving a loaded pack: the
  signature is kept only if the content did not change.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import fsutil
from .digest import sha256
from .errors import SigningKeyError, WrongKeyPassphrase
from .packs import PackSignature, PromptPack, pack_to_dict, read_pack_file, write_pack

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

__all__ = [
    "ALGORITHM",
    "Fingerprint",
    "KeyFiles",
    "SignatureCheck",
    "SigningKeyError",
    "WrongKeyPassphrase",
    "canonical_content",
    "carry_signature",
    "fingerprint_of",
    "make_key",
    "save_in_place",
    "sign",
    "sign_pack",
    "strip_signature",
    "verify",
    "verify_pack",
]

ALGORITHM = "ed25519"
MESSAGE_HEADER = "reflectjournal prompt pack signature v1"
KEY_FORMAT = "reflectjournal-pack-signing-key"
KEY_FORMAT_VERSION = 1
PRIVATE_KEY_NAME = "pack-signing-key.rjkey"
PUBLIC_KEY_NAME = "pack-signing-key-public.txt"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
MAX_KEY_FILE_BYTES = 16 * 1024

# scrypt's cost for the private key file. Tests pass a lower one.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# A key file asking for more scrypt work than this is refused, not obeyed:
# at most 256 MiB of memory (128 * n * r bytes) and 4 passes.
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
_MAX_SCRYPT_P = 4

Status = Literal["signed", "unsigned", "mismatch", "unusable"]

MISMATCH_MESSAGE = "Signature does not match: this pack was changed after it was signed."


# -- fingerprints -----------------------------------------------------------------

# 256 short, everyday words, one for each byte value, chosen to be easy to
# read aloud and hard to confuse. Never reorder: published fingerprints use it.
WORDS = tuple(
    """
    acorn adder album amber anchor angle apple apron arrow aspen atlas attic autumn badge baker bamboo
    banjo barley basin basket beacon beaver bell berry birch biscuit bison blanket bloom boat bonnet border
    bottle boulder bramble branch bread breeze brick bridge brook broom bubble bucket buckle bugle butter button
    cabin cable cactus camel candle canoe canvas canyon carpet carrot castle cedar cello chalk cherry chess
    chimney cinder circle clover cobalt comet copper coral cotton cradle crane crayon cricket crystal cushion daisy
    dancer delta desert dolphin donkey dragon drum eagle easel echo elbow ember engine fable falcon feather
    fern ferry fiddle finch flannel flint flute forest fossil fountain garden garlic ginger glacier globe goblet
    gondola granite grape gravel guitar hammer harbour harp hazel heather hedge heron hinge honey island ivory
    jacket jasmine jelly jigsaw jungle kettle kitten kiwi ladder lagoon lantern larch lemon lentil lilac linen
    lobster locket magnet maple marble meadow melon mirror mitten monkey moss muffin nectar needle nutmeg oasis
    ocean olive onion orange orchard otter paddle palace panda paper parrot pebble pepper piano pigeon pillow
    pine planet plum pocket pony poppy puffin pumpkin quill rabbit radish raven ribbon river robin rocket
    rose saddle salmon satchel scarf shell shovel silver sketch slipper sparrow spider sponge spruce squash squirrel
    stable statue stone straw summer swan table teapot thimble thistle thunder tiger timber toast tomato tortoise
    tower trumpet tulip tunnel turnip umbrella valley velvet violin walnut walrus wagon willow window winter wizard
    wren yacht yogurt zebra meteor kayak harvest marrow oyster pretzel quartz sailor tractor velcro whistle glove
    """.split()
)
_WORDS_IN_FINGERPRINT = 8  # 64 bits: the same bytes as the short code


@dataclass(frozen=True)
class Fingerprint:
    """The SHA-256 of a raw Ed25519 public key. Pinned in full; shown to
    people as eight words or a sixteen-character code (the same 64 bits)."""

    digest: bytes

    @property
    def hex(self) -> str:
        return self.digest.hex()

    @property
    def words(self) -> str:
        return " ".join(WORDS[b] for b in self.digest[:_WORDS_IN_FINGERPRINT])

    @property
    def code(self) -> str:
        text = self.digest[:8].hex().upper()
        return "-".join(text[i : i + 4] for i in range(0, 16, 4))

    def __str__(self) -> str:
        return f"{self.code} ({self.words})"


def fingerprint_of(public_key: bytes) -> Fingerprint:
    return Fingerprint(sha256(public_key).digest())


# -- the canonical form ----------------------------------------------------------------


def canonical_content(pack: PromptPack) -> bytes:
    """The bytes a signature covers (through their SHA-256): the pack as the
    reader understood it, without ``format_version`` and ``signature``, as
    compact UTF-8 JSON with sorted keys. Leaving the format version out lets
    a later format that adds optional fields keep old signatures valid."""
    data = pack_to_dict(replace(pack, signature=None))
    data.pop("format_version", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_digest(pack: PromptPack) -> str:
    return sha256(canonical_content(pack)).hexdigest()


def signed_message(pack_id: str, pack_version: str, digest_hex: str) -> bytes:
    return f"{MESSAGE_HEADER}\n{pack_id}\n{pack_version}\n{digest_hex}\n".encode()


def publisher_of(pack: PromptPack) -> str:
    """Who a pack says it comes from: its organisation, else its authors."""
    return pack.organisation or ", ".join(pack.authors)


# -- keys --------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyFiles:
    private_key: Path
    public_key: Path
    fingerprint: Fingerprint


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _associated(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def make_key(
    out_dir: str | os.PathLike[str], passphrase: str, *, scrypt_n: int | None = None, publisher: str = ""
) -> KeyFiles:
    """Make a new Ed25519 signing key in ``out_dir`` (created 0700 if missing).

    Writes :data:`PRIVATE_KEY_NAME` (0600, encrypted with ``passphrase``) and
    :data:`PUBLIC_KEY_NAME` (the public key and its fingerprint, to publish).
    Never replaces an existing key: raises :class:`SigningKeyError` instead.
    ``scrypt_n`` is the key derivation's cost (default :data:`SCRYPT_N`).
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase.strip():
        raise SigningKeyError("A signing key needs a passphrase; none was given, so no key was made.")
    folder = fsutil.ensure_private_dir(Path(out_dir))
    private_path, public_path = folder / PRIVATE_KEY_NAME, folder / PUBLIC_KEY_NAME
    for path in (private_path, public_path):
        if path.exists() or path.is_symlink():
            raise SigningKeyError(f"{path} already exists; a signing key is never replaced. Choose another folder.")
    scrypt_n = SCRYPT_N if scrypt_n is None else scrypt_n
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    salt, nonce = os.urandom(16), os.urandom(12)
    header: dict[str, Any] = {
        "format": KEY_FORMAT,
        "format_version": KEY_FORMAT_VERSION,
        "algorithm": ALGORITHM,
        "public_key": _b64(public),
        "kdf": {"name": "scrypt", "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "cipher": "aes-256-gcm",
    }
    sealed = AESGCM(_derive(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)).encrypt(nonce, raw, _associated(header))
    document = {**header, "nonce": _b64(nonce), "encrypted_key": _b64(sealed)}
    fingerprint = fingerprint_of(public)
    _write_new(private_path, (json.dumps(document, indent=2) + "\n").encode("utf-8"))
    lines = [
        "reflectjournal prompt pack signing key (public part: share this file freely)",
        f"publisher: {publisher}" if publisher else "",
        f"algorithm: {ALGORITHM}",
        f"public key: {_b64(public)}",
        f"fingerprint: {fingerprint.code}",
        f"fingerprint in words: {fingerprint.words}",
        f"full fingerprint (SHA-256): {fingerprint.hex}",
    ]
    try:
        _write_new(public_path, ("\n".join(line for line in lines if line) + "\n").encode("utf-8"))
    except BaseException:
        fsutil.remove_quietly(private_path)
        raise
    return KeyFiles(private_path, public_path, fingerprint)


def _write_new(path: Path, data: bytes) -> None:
    """Write a new 0600 file through a temporary name and a hard link, so the
    real name appears complete or not at all and is never written over. On a
    file system without hard links (FAT on a USB stick, some network shares)
    the file is created under its own name with O_EXCL instead, and removed
    if writing it fails."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, flags, fsutil.PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if the name exists: never replaces a key
        except FileExistsError:
            raise
        except OSError:  # no hard links here
            _write_exclusive(path, data, flags)
    except FileExistsError:
        raise SigningKeyError(f"{path} already exists; a signing key is never replaced.") from None
    finally:
        fsutil.remove_quietly(tmp)
    fsutil.fsync_dir(path.parent)


def _write_exclusive(path: Path, data: bytes, flags: int) -> None:
    fd = os.open(path, flags, fsutil.PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        fsutil.remove_quietly(path)
        raise


def _not_a_key(path: Path, data: bytes) -> SigningKeyError:
    text = data[:200].decode("utf-8", "replace")
    if "BEGIN" in text and "PRIVATE KEY" in text:
        kind = "an RSA" if "RSA" in text else "an EC" if " EC " in text else "an OpenSSH" if "OPENSSH" in text else "a"
        return SigningKeyError(
            f"{path.name} is {kind} PEM key, not a reflectjournal pack signing key "
            f"(made with `reflectjournal pack keygen`, Ed25519)."
        )
    return SigningKeyError(
        f"{path.name} is not a reflectjournal pack signing key (made with `reflectjournal pack keygen`)."
    )


def load_private_key(key_path: str | os.PathLike[str], passphrase: str) -> Ed25519PrivateKey:
    """Open a key file made by :func:`make_key`; raise :class:`SigningKeyError`
    (:class:`WrongKeyPassphrase` for a wrong passphrase)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    path = Path(key_path)
    try:
        data = fsutil.read_capped(path, MAX_KEY_FILE_BYTES)
    except (fsutil.FileTooLarge, fsutil.NotRegularFile):
        raise SigningKeyError(f"{path.name} is not a reflectjournal pack signing key.") from None
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _not_a_key(path, data) from None
    if not isinstance(document, dict) or document.get("format") != KEY_FORMAT:
        raise _not_a_key(path, data)
    if document.get("format_version") != KEY_FORMAT_VERSION:
        raise SigningKeyError(f"{path.name} was made by a newer version of reflectjournal; update it to use this key.")
    if document.get("algorithm") != ALGORITHM:
        raise SigningKeyError(f"{path.name} is not an Ed25519 key; reflectjournal signs packs with Ed25519 only.")
    header = {k: document.get(k) for k in ("format", "format_version", "algorithm", "public_key", "kdf", "cipher")}
    kdf = document.get("kdf")
    damaged = SigningKeyError(f"{path.name} is damaged: its fields cannot be read.")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt" or document.get("cipher") != "aes-256-gcm":
        raise damaged
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not (isinstance(n, int) and isinstance(r, int) and isinstance(p, int)):
        raise damaged
    if not (2 <= n and n & (n - 1) == 0 and 1 <= r and 128 * n * r <= _MAX_SCRYPT_MEMORY and 1 <= p <= _MAX_SCRYPT_P):
        raise damaged
    salt, nonce = _unb64(str(kdf.get("salt", ""))), _unb64(str(document.get("nonce", "")))
    sealed, public = _unb64(str(document.get("encrypted_key", ""))), _unb64(str(document.get("public_key", "")))
    if not (salt and nonce and sealed and public):
        raise damaged
    try:
        raw = AESGCM(_derive(passphrase, salt, n, r, p)).decrypt(nonce, sealed, _associated(header))
    except InvalidTag:
        raise WrongKeyPassphrase(
            f"The passphrase does not open the signing key {path.name} (or the file is damaged)."
        ) from None
    key = Ed25519PrivateKey.from_private_bytes(raw)
    derived = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if derived != public:
        raise SigningKeyError(f"{path.name} is damaged: its public key does not belong to its private key.")
    return key


# -- signing ---------------------------------------------------------------------------------


def sign(pack: PromptPack, key: Ed25519PrivateKey) -> PromptPack:
    """``pack`` with a signature made by ``key`` (any old signature replaced)."""
    from cryptography.hazmat.primitives import serialization

    digest = content_digest(pack)
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    value = key.sign(signed_message(pack.id, pack.version, digest))
    signature = PackSignature(ALGORITHM, _b64(public), pack.id, pack.version, digest, _b64(value))
    return replace(pack, signature=signature)


def sign_pack(path: str | os.PathLike[str], key_path: str | os.PathLike[str], passphrase: str) -> SignatureCheck:
    """Sign the pack file at ``path`` in place (written canonical, through a
    temporary file and a rename, its permissions kept) and return its check.

    Raises ``PackInvalid`` for a file that is not a valid pack,
    :class:`SigningKeyError` for a key that cannot be used, ``OSError``."""
    key = load_private_key(key_path, passphrase)
    signed = sign(read_pack_file(path), key)
    save_in_place(path, signed)
    return verify(signed)


def save_in_place(path: str | os.PathLike[str], pack: PromptPack) -> None:
    """Write ``pack`` over the file it came from, through a temporary file and
    a rename, keeping the file's permissions (a pack in a shared folder stays
    readable by the team); a new file is made 0600."""
    target = Path(path)
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None
    fsutil.write_private_bytes(target, write_pack(pack))
    if mode is not None and mode != fsutil.PRIVATE_FILE:
        os.chmod(target, mode)


def strip_signature(pack: PromptPack) -> PromptPack:
    """The pack without its signature (imported as unsigned)."""
    return replace(pack, signature=None) if pack.signature is not None else pack


def carry_signature(original: PromptPack, edited: PromptPack) -> PromptPack:
    """``edited`` with ``original``'s signature when their canonical content
    is the same (an editor re-saving an unchanged pack), else unsigned."""
    if original.signature is not None and canonical_content(original) == canonical_content(edited):
        return replace(edited, signature=original.signature)
    return strip_signature(edited)


# -- checking --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureCheck:
    """What a pack's signature says.

    ``status``: ``"signed"`` (good), ``"unsigned"`` (none), ``"mismatch"``
    (well formed but not good: the pack was changed, or the signature was
    made for another pack or forged) or ``"unusable"`` (cannot be checked:
    an unknown algorithm, bad base64, a key or signature of the wrong size).
    ``message`` says it in one plain sentence (English, for the command line;
    the app words its own from ``status`` and shows ``message`` as the detail).
    """

    status: Status
    publisher: str
    fingerprint: Fingerprint | None
    message: str

    @property
    def is_signed(self) -> bool:
        return self.status == "signed"

    @property
    def is_bad(self) -> bool:
        return self.status in ("mismatch", "unusable")


def _key_kind(raw: bytes) -> str:
    """What a public key of the wrong size is, as far as can be told."""
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, rsa
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    try:
        key = load_der_public_key(raw)
    except Exception:  # anything at all: it is only for the message
        return f"it is {len(raw)} bytes long; an Ed25519 public key is {PUBLIC_KEY_BYTES}"
    kinds = ((rsa.RSAPublicKey, "an RSA key"), (ec.EllipticCurvePublicKey, "an elliptic-curve (ECDSA) key"),
             (ed448.Ed448PublicKey, "an Ed448 key"), (dsa.DSAPublicKey, "a DSA key"))  # fmt: skip
    return next((f"it is {name}" for kind, name in kinds if isinstance(key, kind)), "it is another kind of key")


def verify(pack: PromptPack) -> SignatureCheck:
    """Check ``pack``'s signature. Never raises for a bad signature. An
    unsigned pack is answered without loading the cryptography library."""
    publisher = publisher_of(pack)
    sig = pack.signature
    if sig is None:
        return SignatureCheck("unsigned", publisher, None, "Unsigned.")
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    def unusable(message: str, fingerprint: Fingerprint | None = None) -> SignatureCheck:
        return SignatureCheck("unusable", publisher, fingerprint, message)

    if sig.algorithm != ALGORITHM:
        shown = sig.algorithm[:40].encode("ascii", "backslashreplace").decode("ascii")
        return unusable(
            f'The signature uses an algorithm this version of reflectjournal does not know ("{shown}"); '
            f"it checks {ALGORITHM} signatures only."
        )
    public = _unb64(sig.public_key)
    if public is None:
        return unusable("The signature's public key is not valid base64: the signature is damaged.")
    if len(public) != PUBLIC_KEY_BYTES:
        return unusable(f"The signature's public key is not an Ed25519 key ({_key_kind(public)}).")
    fingerprint = fingerprint_of(public)
    value = _unb64(sig.value)
    if value is None:
        return unusable("The signature is not valid base64: it is damaged.", fingerprint)
    if len(value) < SIGNATURE_BYTES:
        return unusable(
            f"The signature is truncated: {len(value)} bytes of the {SIGNATURE_BYTES} an Ed25519 signature has.",
            fingerprint,
        )
    if len(value) > SIGNATURE_BYTES:
        return unusable(
            f"The signature is {len(value)} bytes long; an Ed25519 signature has {SIGNATURE_BYTES}.", fingerprint
        )
    if len(sig.content_sha256) != 64 or any(c not in "0123456789abcdef" for c in sig.content_sha256):
        return unusable("The signature's content digest is not a SHA-256 in hexadecimal: it is damaged.", fingerprint)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(
            value, signed_message(sig.pack_id, sig.pack_version, sig.content_sha256)
        )
    except InvalidSignature:
        return SignatureCheck(
            "mismatch",
            publisher,
            fingerprint,
            "The signature is not valid for its key: it was damaged or forged. " + MISMATCH_MESSAGE,
        )
    except ValueError:
        return unusable("The signature's public key is not a usable Ed25519 key.", fingerprint)
    if (sig.pack_id, sig.pack_version) != (pack.id, pack.version):
        signed_for = f"{sig.pack_id} {sig.pack_version}".encode("ascii", "backslashreplace").decode("ascii")
        return SignatureCheck(
            "mismatch",
            publisher,
            fingerprint,
            f"This signature was made for another pack ({signed_for}), not for this one "
            f"({pack.id} {pack.version}). " + MISMATCH_MESSAGE,
        )
    if content_digest(pack) != sig.content_sha256:
        return SignatureCheck("mismatch", publisher, fingerprint, MISMATCH_MESSAGE)
    return SignatureCheck("signed", publisher, fingerprint, f"Signed by {publisher} (fingerprint {fingerprint.code}).")


def verify_pack(path: str | os.PathLike[str]) -> SignatureCheck:
    """Read the pack at ``path`` and check its signature. Raises ``PackInvalid``
    (not a valid pack, including a signature object of the wrong shape or
    size) and ``OSError``."""
    return verify(read_pack_file(path))
