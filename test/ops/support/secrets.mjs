// Whether a command's output gives a password away. Not a plain search for the password's text: a
// password such as "postgres" is also the user name, the URL scheme and the server's name, which
// an output may show. It looks where a password leaks: a connection string that carries one, an
// assignment (password=, PGPASSWORD=, "password": …, as in libpq options, JSON or a dump of the
// environment); and, for a password that is not a plain word, anywhere.

const URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/?#]*:([^\s@/?#]*)@/gi;
const ASSIGNMENT = /\b\w*password["']?\s*[=:]\s*["']?([^\s"',;&)}\]]*)/gi;
const MASK = /^\*+$/;

function decoded(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A password that no message would contain by chance: not only letters, and not short. */
const distinctive = (password) => password.length >= 6 && /[^a-z]/i.test(password);

/** What in `output` gives `password` away: a list of descriptions, empty when nothing does. */
export function passwordLeaks(output, password) {
  const leaks = [];
  for (const [match, secret] of output.matchAll(URL_WITH_PASSWORD)) {
    // Any password left in a URL is a leak, this one or another: only a mask may stand there.
    if (secret !== '' && !MASK.test(secret)) leaks.push(`a URL with its password: ${match}`);
  }
  for (const [match, value] of output.matchAll(ASSIGNMENT)) {
    if (value !== '' && (value === password || decoded(value) === password)) leaks.push(`an assignment: ${match}`);
  }
  if (distinctive(password)) {
    for (const form of new Set([password, encodeURIComponent(password)])) {
      if (output.includes(form)) leaks.push(`the password itself (${form.length} characters)`);
    }
  }
  return leaks;
}

/** Throws, naming where, if `output` of `what` gives `password` away. */
export function assertNoPasswordLeak(output, password, what) {
  const leaks = passwordLeaks(output, password);
  if (leaks.length > 0) throw new Error(`${what} printed the password:\n  ${leaks.join('\n  ')}\n${output}`);
}
