import jwt

from timesheet.auth import get_current_employee


def test_rejects_foreign_token():
    # ok: test code signs a token with a throwaway key
    token = jwt.encode({"sub": "mallory"}, "not-the-server-key", algorithm="HS256")
    assert get_current_employee(token) is None
