"""Performance Coach: an offline-first assistant for performance management."""

__version__ = "0.1.0"
