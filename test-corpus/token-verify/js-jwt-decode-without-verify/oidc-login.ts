// Benefits portal: sign-in with the company identity provider.
import jwt from "jsonwebtoken";
import passport from "passport";
import { Strategy as OAuth2Strategy } from "passport-oauth2";
import type { Request, Response } from "express";

passport.use(
  new OAuth2Strategy(
    { authorizationURL: env.IDP_AUTHORIZE_URL, tokenURL: env.IDP_TOKEN_URL, clientID: env.IDP_CLIENT_ID, clientSecret: env.IDP_CLIENT_SECRET },
    async (accessToken: string, refreshToken: string, params: { id_token: string }, _profile: unknown, done: Function) => {
      // ok: id_token received by the server from the token endpoint over TLS (OIDC Core 3.1.3.7)
      const claims = jwt.decode(params.id_token) as jwt.JwtPayload;
      done(null, await upsertEmployee(claims.sub!, claims.email as string));
    },
  ),
);

export async function readUserInfo(userInfoUrl: string, accessToken: string) {
  const response = await fetch(userInfoUrl, { headers: { Authorization: `Bearer ${accessToken}` } });
  const body = await response.text();
  // ok: a signed UserInfo response fetched by the server itself
  return jwt.decode(body.trim()) as jwt.JwtPayload;
}

export async function googleOneTap(req: Request, res: Response) {
  // expect: an id_token posted by the browser must be verified, not decoded
  const claims = jwt.decode(req.body.credential) as jwt.JwtPayload;
  req.session.employeeEmail = claims.email;
  res.redirect("/benefits");
}

export async function mobileLogin(req: Request, res: Response) {
  const { idToken } = req.body;
  // expect: the token comes from the client even though it is called idToken
  const profile = jwt.decode(idToken) as { email: string };
  res.json(await sessionFor(profile.email));
}
