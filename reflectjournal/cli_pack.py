"""``reflectjournal pack validate|show|new|keygen|sign|verify``: prompt packs
from the command line.

For educators who write packs by hand and organisations that sign them.
These commands never open a journal, never import Qt, and import the pack
reader (and, for signing, the cryptography library) only when they run, so
``reflectjournal --help`` stays fast. ``keygen`` and ``sign`` ask for the
signing key's passphrase the way every command asks for a passphrase (a
hidden prompt, or ``--passphrase-stdin``), never from an argument.

Wire them into the main parser with :func:`add_pack_commands`; each
subcommand stores its handler as ``func`` (``args.func(args) -> int``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reflectjournal.core.packs import PromptPack

PROG = "reflectjournal"

# The same numbers as reflectjournal.cli's EXIT_* table (not imported from
# there, so that module can import this one).
EXIT_OK = 0
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_INVALID = 4  # "the file is damaged or is not valid"
EXIT_IO = 9  # "a file could not be written or read"
EXIT_BAD_SIGNATURE = 10  # `pack verify`: the signature does not match or cannot be checked
EXIT_UNSIGNED = 13  # `pack verify`: the pack is not signed


def _say(line: str) -> None:
    print(f"{PROG}: {line}", file=sys.stderr)


def _visible(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control, bidirectional and zero-width characters shown as
    ``\\uXXXX`` escapes, so a pack cannot move the cursor, recolour or reorder
    the terminal. Tabs (and, if asked, line breaks) are kept. Backslashes are
    left alone: problem messages arrive already escaped by the reader. The
    command line's own printing uses the same function (core.unicode_safety)."""
    from reflectjournal.core.terminal import terminal_text

    return terminal_text(text, one_line=not keep_newlines, escape=True)


def _read(path_text: str) -> PromptPack | int:
    """The pack at ``path_text``, or an exit code after saying what went wrong."""
    from reflectjournal.core.errors import PackInvalid
    from reflectjournal.core.packs import read_pack_file

    shown = _visible(path_text)
    try:
        return read_pack_file(Path(path_text), name=shown)
    except PackInvalid as exc:
        count = len(exc.problems)
        _say(f"{shown} is not a valid prompt pack ({count} problem{'s' if count != 1 else ''}):")
        for problem in exc.problems:
            print(f"{shown}: {_visible(str(problem))}", file=sys.stderr)
        return EXIT_INVALID
    except FileNotFoundError:
        _say(f"{shown}: there is no such file.")
        return EXIT_IO
    except IsADirectoryError:
        _say(f"{shown} is a folder, not a prompt pack file.")
        return EXIT_IO
    except OSError as exc:
        _say(f"{shown} could not be read: {exc.strerror or 'the system gave no reason'}.")
        return EXIT_IO


def cmd_pack_validate(args: argparse.Namespace) -> int:
    """Exit 0 when every file is a valid pack; otherwise list every problem (exit 4).

    A pack that takes a built-in pack's id is reported, by the same rule the
    importer refuses it with; the built-in packs' own files, unchanged, pass.
    Warnings the pack editor shows (a prompt without sources) are printed
    too, and do not change the exit code."""
    from reflectjournal.core.packs import builtin_id_problem, check_pack_bytes, is_shipped_builtin, write_pack

    worst = EXIT_OK
    for path_text in args.files:
        result = _read(path_text)
        if isinstance(result, int):
            worst = max(worst, result)
            continue
        shown = _visible(path_text)
        problem = builtin_id_problem(result)
        if problem is not None and not is_shipped_builtin(result):
            _say(f"{shown} cannot be imported (1 problem):")
            print(f"{shown}: {_visible(str(problem))}", file=sys.stderr)
            worst = max(worst, EXIT_INVALID)
            continue
        count = len(result.prompts)
        built_in = " (built in: it comes with reflectjournal)" if problem is not None else ""
        print(
            f"{shown}: valid prompt pack {_visible(result.id)} {_visible(result.version)}, "
            f"{count} prompt{'s' if count != 1 else ''}{built_in}"
        )
        for warning in check_pack_bytes(write_pack(result)).warnings:
            print(f"{shown}: to check: {_visible(str(warning))}", file=sys.stderr)
    return worst


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else "" for line in _visible(text, keep_newlines=True).split("\n"))


def _signature_summary(pack: PromptPack) -> str:
    """One line: not signed, signed by whom with the fingerprint, or why not good."""
    if pack.signature is None:
        return "not signed"
    from reflectjournal.core.pack_signing import verify

    check = verify(pack)
    if check.is_signed and check.fingerprint is not None:
        return f"signed by {check.publisher} (fingerprint {check.fingerprint.code}: {check.fingerprint.words})"
    return check.message


def cmd_pack_show(args: argparse.Namespace) -> int:
    """Print a pack as plain text: its details, then each prompt with its questions."""
    from reflectjournal.core.packs import WHEN_LABELS

    pack = _read(args.file)
    if isinstance(pack, int):
        return pack
    v = _visible
    lines = [
        v(pack.title),
        f"  id:       {v(pack.id)}",
        f"  version:  {v(pack.version)} (updated {pack.updated.isoformat()})",
        f"  authors:  {v(', '.join(pack.authors))}",
    ]
    if pack.organisation:
        lines.append(f"  organisation: {v(pack.organisation)}")
    lines.append(f"  signature: {v(_signature_summary(pack))}")
    lines += [
        f"  licence:  {v(pack.licence)}",
        f"  language: {v(pack.language)}",
        f"  prompts:  {len(pack.prompts)}",
    ]
    for framework in pack.frameworks:
        count = len(framework.items)
        lines.append(
            f"  framework: {v(framework.id)} {v(framework.version)}, {v(framework.name)} "
            f"({count} item{'s' if count != 1 else ''}; `{PROG} framework validate` checks a framework file)"
        )
    lines += ["", _indent(pack.description, "  ")]
    for number, prompt in enumerate(pack.prompts, 1):
        lines += ["", f"{number}. {v(prompt.title)}  [{v(prompt.full_id)}]"]
        lines.append("   when: " + ", ".join(WHEN_LABELS.get(key, v(key)) for key in prompt.when))
        if prompt.model:
            lines.append(f"   model: {v(prompt.model)}")
        for q_number, question in enumerate(prompt.questions, 1):
            lines.append(f"   {q_number}) {v(question)}")
        if prompt.guidance:
            lines += ["   guidance:", _indent(prompt.guidance, "     ")]
        for source in prompt.sources:
            lines.append(f"   source: {v(source.citation())}")
        if prompt.tags:
            lines.append(f"   tags: {v(', '.join(prompt.tags))}")
        if prompt.serves:
            lines.append(f"   serves: {v(', '.join(prompt.serves))}")
        if prompt.self_care:
            lines.append(f"   self-care: {v(prompt.self_care)}")
    print("\n".join(lines))
    return EXIT_OK


def cmd_pack_new(args: argparse.Namespace) -> int:
    """Write a small valid pack to start from: to --out (0600, never over an
    existing file) or to standard output."""
    from reflectjournal.core.packs import new_pack_template, write_pack

    data = write_pack(new_pack_template(title=args.title, authors=tuple(args.author), organisation=args.organisation))
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return EXIT_OK
    shown = _visible(args.out)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(args.out, flags, 0o600)
    except FileExistsError:
        _say(f"{shown} already exists; choose another name (nothing was written).")
        return EXIT_USAGE
    except OSError as exc:
        _say(f"{shown} could not be created: {exc.strerror or 'the system gave no reason'}.")
        return EXIT_IO
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        try:
            os.unlink(args.out)
        except OSError:
            pass
        _say(f"{shown} could not be written: {exc.strerror or 'the system gave no reason'}; nothing was kept.")
        return EXIT_IO
    print(f"Wrote a new prompt pack to {shown}. Edit it, then check it with `{PROG} pack validate {shown}`.")
    return EXIT_OK


def _passphrases(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from reflectjournal.cli import PassphraseSource

    return PassphraseSource(bool(getattr(args, "passphrase_stdin", False)), sys.stdin)


def _fingerprint_lines(check) -> list[str]:  # type: ignore[no-untyped-def]
    if check.fingerprint is None:
        return []
    return [f"  fingerprint: {check.fingerprint.code}", f"  in words:    {check.fingerprint.words}"]


def cmd_pack_keygen(args: argparse.Namespace) -> int:
    """Make a signing key in --out: the private key (0600, encrypted with a
    new passphrase asked twice) and the public part to publish."""
    from reflectjournal.core.pack_signing import SigningKeyError, make_key

    passphrase = _passphrases(args).ask_new()
    try:
        files = make_key(Path(args.out), passphrase, publisher=args.publisher or "")
    except SigningKeyError as exc:
        _say(_visible(str(exc)))
        return EXIT_USAGE
    print(
        "\n".join(
            [
                f"Made a pack signing key in {_visible(args.out)}:",
                f"  private key: {_visible(str(files.private_key))} (keep it, and its passphrase, safe; never share it)",
                f"  public part: {_visible(str(files.public_key))} (publish it where your practitioners can see it)",
                f"  fingerprint: {files.fingerprint.code}",
                f"  in words:    {files.fingerprint.words}",
                f"Sign a pack with `{PROG} pack sign FILE --key {_visible(str(files.private_key))}`.",
            ]
        )
    )
    return EXIT_OK


def cmd_pack_sign(args: argparse.Namespace) -> int:
    """Sign a pack file in place with a key made by ``pack keygen``."""
    from reflectjournal.core.pack_signing import SigningKeyError, WrongKeyPassphrase, load_private_key, sign

    pack = _read(args.file)
    if isinstance(pack, int):
        return pack
    key_path = Path(args.key)
    if not key_path.is_file():
        _say(f"{_visible(args.key)}: there is no key file there (make one with `{PROG} pack keygen --out DIR`).")
        return EXIT_IO
    passphrase = _passphrases(args).ask("Passphrase of the signing key: ")
    try:
        key = load_private_key(key_path, passphrase)
    except WrongKeyPassphrase as exc:
        _say(_visible(str(exc)) + " Nothing was signed.")
        return EXIT_WRONG_PASSPHRASE
    except SigningKeyError as exc:
        _say(_visible(str(exc)) + " Nothing was signed.")
        return EXIT_INVALID
    from reflectjournal.core.pack_signing import save_in_place, verify

    signed = sign(pack, key)
    save_in_place(Path(args.file), signed)
    check = verify(signed)
    print(f"Signed {_visible(args.file)} as {_visible(check.publisher)}.")
    print("\n".join(_fingerprint_lines(check)))
    return EXIT_OK


def cmd_pack_verify(args: argparse.Namespace) -> int:
    """Check a pack's signature: exit 0 signed and good, 13 unsigned, 10 bad."""
    from reflectjournal.core.pack_signing import verify

    pack = _read(args.file)
    if isinstance(pack, int):
        return pack
    check = verify(pack)
    shown = _visible(args.file)
    if check.status == "signed":
        print(f"{shown}: {_visible(check.message)}")
        print("\n".join(_fingerprint_lines(check)))
        print("Compare the fingerprint with the one the publisher published before you trust the pack.")
        return EXIT_OK
    if check.status == "unsigned":
        print(f"{shown}: not signed. Nothing shows who made it.")
        return EXIT_UNSIGNED
    _say(f"{shown}: {_visible(check.message)}")
    for line in _fingerprint_lines(check):
        print(line, file=sys.stderr)
    return EXIT_BAD_SIGNATURE


def add_pack_commands(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``pack`` (with ``validate``, ``show`` and ``new``) to ``subparsers``.

    Each leaf parser stores its handler with ``set_defaults(func=...)``; the
    caller runs ``args.func(args)`` and exits with the int it returns.
    """
    pack = subparsers.add_parser(
        "pack",
        help="Check, show, start, sign or verify a prompt pack (.rjpack); no journal needed.",
        description="Prompt pack files for educators: check one, show it as text, start a new one, make a "
        "signing key, sign a pack or check its signature. These commands never open a journal.",
        allow_abbrev=False,
    )
    commands = pack.add_subparsers(dest="pack_command", metavar="PACK_COMMAND", required=True)

    sub = commands.add_parser(
        "validate",
        help="Check pack files; list every problem with its field (exit 4 if any).",
        description="Check one or more .rjpack files. Exit 0 when all are valid; otherwise every problem is "
        "listed on standard error with its field, and the exit code is 4.",
        allow_abbrev=False,
    )
    sub.add_argument("files", nargs="+", metavar="FILE", help="a .rjpack file")
    sub.set_defaults(func=cmd_pack_validate)

    sub = commands.add_parser(
        "show",
        help="Show a pack as plain text: details, prompts and their questions.",
        description="Show a .rjpack file as plain text. Control characters are shown escaped.",
        allow_abbrev=False,
    )
    sub.add_argument("file", metavar="FILE", help="a .rjpack file")
    sub.set_defaults(func=cmd_pack_show)

    sub = commands.add_parser(
        "new",
        help="Write a template pack to start from.",
        description="Write a small, valid pack to edit by hand: to FILE with --out (private to you, and "
        "never over an existing file), or to standard output.",
        allow_abbrev=False,
    )
    sub.add_argument("--out", metavar="FILE", help="the new file (default: standard output)")
    sub.add_argument("--title", default="", help="the pack's title (default: sample text to change)")
    sub.add_argument("--author", action="append", default=[], help="an author's name; repeat for more")
    sub.add_argument(
        "--organisation", default="", help="who publishes it; with --title it makes the pack's id, as the editor does"
    )
    sub.set_defaults(func=cmd_pack_new)

    stdin_help = "read the key's passphrase from the first line of standard input instead of a hidden prompt"
    sub = commands.add_parser(
        "keygen",
        help="Make a key to sign packs with (once per organisation).",
        description="Make an Ed25519 signing key in DIR: pack-signing-key.rjkey (private, 0600, encrypted with a "
        "passphrase you choose, asked twice) and pack-signing-key-public.txt (its fingerprint, to publish). "
        "An existing key is never replaced.",
        allow_abbrev=False,
    )
    sub.add_argument("--out", metavar="DIR", required=True, help="the folder for the key (made if missing)")
    sub.add_argument("--publisher", metavar="NAME", help="your organisation's name, written in the public part")
    sub.add_argument("--passphrase-stdin", action="store_true", help=stdin_help)
    sub.set_defaults(func=cmd_pack_keygen)

    sub = commands.add_parser(
        "sign",
        help="Sign a pack file with your key (in place).",
        description="Sign FILE with a key made by `pack keygen`; the file is rewritten in its canonical form with "
        "the signature inside (its permissions kept). Exit 3 for a wrong passphrase, 4 for a file that is not a pack or a key.",
        allow_abbrev=False,
    )
    sub.add_argument("file", metavar="FILE", help="a .rjpack file")
    sub.add_argument("--key", metavar="KEY", required=True, help="the private key file (pack-signing-key.rjkey)")
    sub.add_argument("--passphrase-stdin", action="store_true", help=stdin_help)
    sub.set_defaults(func=cmd_pack_sign)

    sub = commands.add_parser(
        "verify",
        help="Check a pack's signature (exit 0 good, 13 unsigned, 10 bad).",
        description="Check the signature inside FILE and show who signed it with the key's fingerprint. Exit 0: "
        "signed, and the signature matches; 13: not signed; 10: the signature does not match (the pack was "
        "changed after it was signed) or cannot be checked; 4: not a valid pack; 9: the file cannot be read.",
        allow_abbrev=False,
    )
    sub.add_argument("file", metavar="FILE", help="a .rjpack file")
    sub.set_defaults(func=cmd_pack_verify)
    return pack
