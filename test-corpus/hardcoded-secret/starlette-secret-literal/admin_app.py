"""Flask admin app: Flask-Login's LoginManager takes the app, not a secret."""
from flask import Flask
from flask_login import LoginManager

app = Flask(__name__)
# ok: Flask-Login, the first argument is the application
login_manager = LoginManager(app)
# ok: Flask-Login with a view name keyword
other = LoginManager("admin")
