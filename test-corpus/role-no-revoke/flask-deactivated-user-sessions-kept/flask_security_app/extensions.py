from flask_login import current_user
from flask_security import Security, SQLAlchemyUserDatastore

security = Security()
