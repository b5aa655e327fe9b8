"""Course-marks portal: sign-in views."""
from datetime import datetime

from aiohttp import web
from aiohttp_security import remember
from aiohttp_session import get_session, new_session

from .dao import Student, Teacher
from .session_helpers import start_login_session


async def index(request: web.Request):
    session = await get_session(request)
    # ok: a visit timestamp, not identity
    session["last_visited"] = datetime.now().isoformat()
    if request.method == "POST":
        data = await request.post()
        student = await Student.by_username(request.app["db"], data["username"])
        if student and student.check_password(data["password"]):
            # expect: the pre-login Redis session key now carries the login
            session["student_id"] = student.id
    return web.json_response({"ok": True})


async def login(request: web.Request):
    session = await get_session(request)
    data = await request.post()
    teacher = await Teacher.by_email(request.app["db"], data["email"])
    if teacher is None or not teacher.check_password(data["password"]):
        raise web.HTTPUnauthorized()
    session.invalidate()
    # expect: invalidate() empties the data, the key stays
    session["teacher_id"] = teacher.id
    return web.HTTPFound("/")


async def staff_login(request: web.Request):
    data = await request.post()
    teacher = await Teacher.by_email(request.app["db"], data["email"])
    if teacher is None or not teacher.check_password(data["password"]):
        raise web.HTTPUnauthorized()
    response = web.HTTPFound("/staff")
    # expect: aiohttp-security remember() writes into the same session
    await remember(request, response, str(teacher.id))
    return response


async def signin(request: web.Request):
    data = await request.post()
    teacher = await Teacher.by_email(request.app["db"], data["email"])
    if teacher is None or not teacher.check_password(data["password"]):
        raise web.HTTPUnauthorized()
    session = await new_session(request)
    # ok: a brand-new session
    session["teacher_id"] = teacher.id
    return web.HTTPFound("/")


async def kiosk_login(request: web.Request):
    data = await request.post()
    teacher = await Teacher.by_badge(request.app["db"], data["badge"])
    if teacher is None or not teacher.check_pin(data["pin"]):
        raise web.HTTPUnauthorized()
    session = await get_session(request)
    await start_login_session(request, teacher)
    # ok: start_login_session() in session_helpers.py created a new session first
    session["kiosk"] = True
    return web.HTTPFound("/")


async def login_history(request: web.Request):
    session = await get_session(request)
    # ok: a report filter in a view that is not a login
    session["selected_user_id"] = request.query.get("user")
    return web.json_response([])
