"""Client for the payroll provider's OAuth API (not SimpleJWT settings)."""
PROVIDER_DEFAULTS = {
    # ok: a dictionary of another library, in a file without SIMPLE_JWT
    "ROTATE_REFRESH_TOKENS": True,
    "timeout": 10,
}
