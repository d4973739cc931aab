"""SHA-256 without loading the system's OpenSSL at start-up (issue 19).

Importing :mod:`hashlib` loads ``_hashlib`` and with it the system's
libcrypto: about 3.5 MB resident in the app, which has no other use for it
(SQLCipher carries its own crypto, linked into its module). CPython's own
SHA-256 (``_sha256`` in Python 3.11, ``_sha2`` from 3.12) gives the same
digests; the standard library's ``random`` takes its SHA-512 the same way.
Where neither is built in, this is hashlib's.

For what the app loads at start and does at unlock (the single-instance
socket's name, the order of the prompt of the day, a pack prompt's id, a
pack's fingerprint and content digest, whose module the pack screens load):
modules that load later (imports, backups) use hashlib as usual; a test
checks the app's start leaves hashlib out.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's (issue 19); mypy reads the name
if TYPE_CHECKING:
    from hashlib import sha256  # the same interface, for the type checker
else:
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.11
        except ImportError:  # a Python built without them
            from hashlib import sha256

__all__ = ["sha256"]
