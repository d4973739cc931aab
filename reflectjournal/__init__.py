"""reflectjournal: an encrypted, private reflective journal for social workers."""

__version__ = "0.1.0"
APP_NAME = "reflectjournal"
