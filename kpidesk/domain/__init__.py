"""Pure business logic: no Qt, no database."""
