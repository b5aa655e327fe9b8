// Asset service: storage settings (no JWT library in this file).
const sharp = require("sharp");

module.exports = {
  thumbnails: {
    // ok: not a JWT option, the file uses no JWT library
    algorithms: ["none", "lanczos3"],
  },
  resize: (buf) => sharp(buf).resize(200).toBuffer(),
};
