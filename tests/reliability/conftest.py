"""The GUI fixtures, for the reliability tests that drive the app."""

from tests.gui.conftest import context, qapp_cls, settings, window  # noqa: F401
