// Inventory dashboard (Koa): sign-in handler and session middleware.
import Koa from "koa";
import session from "koa-session";
import type { Context } from "koa";

export function install(app: Koa) {
  app.use(
    session(
      {
        key: "inv:sess",
        // expect: koa-session cookie sent over plain HTTP
        secure: false,
        sameSite: "lax",
      },
      app,
    ),
  );
}

export async function signIn(ctx: Context) {
  const jwtToken = await issueToken(ctx.state.user);
  // expect: Koa explicitly turns httpOnly off on the auth cookie
  ctx.cookies.set("accessToken", jwtToken, { httpOnly: false, sameSite: "lax" });
  // ok: a UI hint for the next sign-in
  ctx.cookies.set("lastSignedIn", "google", { httpOnly: false, sameSite: true });
  // ok: secure taken from the request
  ctx.cookies.set("accessToken", jwtToken, { httpOnly: true, secure: ctx.request.secure });
}
