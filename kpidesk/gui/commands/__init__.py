"""Undoable changes to the open file: each redo/undo goes through `kpidesk.store`."""
