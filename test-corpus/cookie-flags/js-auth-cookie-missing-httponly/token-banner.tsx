"use client";
// Browser component: remembers the dismissed banner (js-cookie cannot set HttpOnly).
import Cookies from "js-cookie";

export function dismiss(token: string) {
  // ok: browser code
  Cookies.set("banner_token", token, { expires: 7 });
}
