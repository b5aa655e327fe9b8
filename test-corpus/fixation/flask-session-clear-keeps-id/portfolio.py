from flask import current_app, session


def start_portfolio_session(partner_id):
    session["partner_id"] = partner_id
    regenerate = getattr(current_app.session_interface, "regenerate", None)
    if regenerate is not None:
        regenerate(session)
