from inventory import create_app


def test_config():
    # ok: test code
    assert not create_app().testing
    # ok: test code
    assert create_app({"TESTING": True, "SECRET_KEY": "test"}).testing


def test_kiosk(app):
    # ok: test code
    app.secret_key = "pytest-key"
