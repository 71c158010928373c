"""Team mode: connecting to a shared PostgreSQL database, roles, conflicts, live refresh."""
