from aiohttp_session import new_session


async def start_login_session(request, teacher):
    session = await new_session(request)
    session["teacher_id"] = teacher.id
    return session
