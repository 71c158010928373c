"""Python classes compiled from ui/*.ui by `make forms` (pyside6-uic): generated, do not edit."""
