"""The demo business: a Bergen coffee bar with a web shop, with years of data."""
