import pytest

from timesheets import create_app


@pytest.fixture
def app():
    app = create_app()
    # ok: test code
    app.config["WTF_CSRF_ENABLED"] = False
    return app
