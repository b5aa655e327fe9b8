// Knowledge base front end (Vue store): reads the signed-in user from the token cookie.
import { make } from "vuex-pathify";
import jwt from "jsonwebtoken";
import Cookies from "js-cookie";

export default {
  namespaced: true,
  mutations: {
    REFRESH_AUTH(state) {
      const token = Cookies.get("jwt");
      if (token) {
        // ok: browser store decoding its own cookie for display; the server verifies it
        const claims = jwt.decode(token);
        state.id = claims.id;
        state.name = claims.name;
      }
    },
  },
};
