from flask import Flask, jsonify
from flask_login import LoginManager, login_required

from .models import Courier, db

app = Flask(__name__)
login_manager = LoginManager(app)


@login_manager.user_loader
def load_courier(courier_id):
    courier = db.session.get(Courier, int(courier_id))
    if courier is None or not courier.active:
        return None
    return courier


@app.post("/couriers/<int:courier_id>/disable")
@login_required
def disable_courier(courier_id):
    courier = db.get_or_404(Courier, courier_id)
    # ok: the user loader refuses inactive couriers on every request
    courier.active = False
    db.session.commit()
    return jsonify(ok=True)
