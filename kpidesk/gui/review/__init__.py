"""The guided review: one page per KPI with its facts and a decision, then a summary."""
