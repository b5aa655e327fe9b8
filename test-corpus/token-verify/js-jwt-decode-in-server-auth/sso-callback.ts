// Travel desk (Express + openid-client): single sign-on callback and a mobile sign-in endpoint.
import express from "express";
import { decodeJwt } from "jose";
import type { TokenSet } from "openid-client";

export const router = express.Router();

router.get("/sso/callback", async (req, res) => {
  const tokenSet: TokenSet = await client.callback(redirectUri, client.callbackParams(req), { state: req.session.state });
  // ok: the id_token comes from the token endpoint over TLS (openid-client also validated it)
  const claims = decodeJwt(tokenSet.id_token as string);
  req.session.traveller = claims.sub;
  res.redirect("/trips");
});

router.post("/mobile/sign-in", async (req, res) => {
  // expect: an id_token posted by the app is trusted without a signature check
  const claims = decodeJwt(req.body.idToken);
  req.session.traveller = claims.sub;
  res.sendStatus(204);
});
