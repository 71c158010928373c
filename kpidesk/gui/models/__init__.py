"""Item models over plain domain objects, and the proxies that filter them."""
