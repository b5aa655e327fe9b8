// Inventory dashboard (browser bundle): shows the signed-in warehouse.
import { jwtDecode } from "jwt-decode";

export function renderWarehouseBadge(el) {
  const token = localStorage.getItem("inventory_token");
  // ok: browser code decoding for display; the API verifies the token
  const { warehouse } = jwtDecode(token);
  el.textContent = warehouse;
}

export function userFromContext(context) {
  // ok: browser file (localStorage above), not a server
  return jwtDecode(context.token).sub;
}
