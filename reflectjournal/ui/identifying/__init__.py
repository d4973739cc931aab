"""The identifying-information check in the desktop app: one findings panel
(:mod:`.panel`) used by every export preview, the generic preview for
exports that had none (:mod:`.preview`), and the session's service."""
