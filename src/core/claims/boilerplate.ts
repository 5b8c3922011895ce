/**
 * Page furniture that readers' extraction keeps inside article bodies: comment-widget help,
 * share/subscribe prompts, photo credits, "read more" links, copyright, bylines, time stamps,
 * wire datelines. General patterns of web news pages, not any one site's strings.
 */

/** Whole-sentence furniture: the sentence says nothing about the news. */
const SENTENCE_PATTERNS: readonly RegExp[] = [
  // comment widgets
  /\bcomments? (?:are|is|will be) (?:moderated|reviewed|closed)\b/i,
  /\b(?:log ?in|sign ?in|register) (?:to|or \w+ to) (?:comment|reply|post|join)\b/i,
  /\b(?:read|see|review) (?:our|the) (?:commenting|comments?|community|discussion) (?:policy|guidelines|rules|standards)\b/i,
  /\brefresh (?:to|for) (?:see )?(?:the )?(?:latest|new|more) comments\b/i,
  /^(?:sort|order) by\b/i,
  /\bdisqus\b/i,
  /\bcomment moderation\b/i,
  /\b(?:flag|report) (?:a |this )?comments?\b/i,
  /\b(?:show|view|load|hide) (?:\d+ )?(?:more )?(?:comments|replies)\b/i,
  /^(?:\d+ )?comments?\s*[:(]?\s*\d*\)?$/i,
  /^(?:leave|post|add) a (?:comment|reply)\b/i,
  // share / subscribe / follow
  /^(?:share|tweet|email|e-mail|print|save)(?: (?:this|the))?(?: (?:article|story|page|post|video|on \w+))?\s*[:!]?$/i,
  /^share (?:this|the) (?:article|story|page|post|video)\b/i,
  /\bsign up (?:for|to) (?:our|the|my)\b[^.]{0,40}\bnewsletters?\b/i,
  /\bsubscribe (?:to|for) (?:our|the)\b[^.]{0,40}\b(?:newsletter|channel|podcast|updates|alerts)\b/i,
  /^follow (?:us|@\w+|\w+(?: \w+)? on (?:twitter|facebook|instagram|x|linkedin|tiktok|youtube))\b/i,
  /\bsend to (?:a )?friends?\b/i,
  /\b(?:email|share) this (?:article|story)\b/i,
  // photo credits and captions
  /\((?:photo|photograph|image|picture|pic|credit|file photo|video)s?\s*(?::|by\b|credit\b)[^)]*\)/i,
  /^(?:photo|photograph|image|picture|file photo|video)(?: credit)?\s*:/i,
  /\b(?:photo|photograph|image|picture)\s*:\s*[^.]{0,60}\/\s*[A-Z]/,
  /\bimage caption\b/i,
  /^caption\s*:/i,
  /\b(?:AP|AFP|EPA|Reuters|Getty|Xinhua|Anadolu)(?: Images)? ?Photo\s*\//,
  /^\(?(?:AP|AFP|EPA|Reuters|Getty Images|Xinhua)\s*\/\s*[A-Z]/,
  /\/\s*(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock)\)?\s*\.?$/,
  // navigation and ads
  /^(?:more on (?:this|the) (?:topic|story|subject)|related(?: (?:articles?|stories|content|coverage|topics|links))?|read more|read next|see also|also read|recommended(?: for you)?|most (?:read|popular|viewed)|top stories|latest news|you may also like|continue reading|advertisement|sponsored(?: content)?|skip (?:to|ad)\b.*)\s*(?:$|[:.»>|–—-])/i,
  /\bclick here\b/i,
  /^(?:view|see|show) (?:all|more)\b.{0,40}\b(?:related|stories|articles|videos|photos|content)\b/i,
  /\bposted (?:in|under) [A-Z][^.]{0,60}? on (?:[A-Z][a-z]+day,? )?[A-Z][a-z]+\.? \d{1,2},? \d{4}/,
  /^(?:watch|listen)(?: now| live)?\s*[:-]/i,
  // copyright
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  // time stamps
  /^(?:updated|published|posted|last (?:updated|modified)|first published)\b[^.]{0,50}?(?:\d{1,2}[:.]\d{2}|\b[ap]\.?m\b|\b\d{4}\b|\bago\b)[^.]{0,30}$/i,
];

const TIME_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[ap]\.?m\.?|at|on|updated|published|posted|last|modified|[a-z]{1,3}t|utc|gmt|et|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[ap]m)?)$/i;

/** A line of dates and times only: "APR. 3, 2014, 9:47 PM", "Updated 3:45 PM ET". */
export function isTimestampLine(line: string): boolean {
  if (line.length > 80 || !/\d/.test(line)) return false;
  const words = line.split(/[\s,|/·•()-]+/).map((w) => w.replace(/[.:]+$/, '')).filter(Boolean);
  if (words.length === 0 || words.length > 16 || !/\d/.test(line)) return false;
  return words.every((w) => TIME_WORD.test(w));
}

/**
 * A line made only of capitalised words joined by "and", commas, "/" or "|": authors and outlet
 * ("By Jane Doe and John Roe, CNN", "Jane Doe / The Daily Paper").
 */
const NAME_WORD = String.raw`(?:[A-Z][\p{L}'’.-]*|de|da|van|von|al-[\p{L}]+|bin|ibn|la|le|of|the)`;
const NAME_RUN = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,5}`;
const BYLINE_PREFIXED = new RegExp(
  String.raw`^by\s+${NAME_RUN}(?:\s*(?:,|and|&)\s*${NAME_RUN})*(?:\s*[,|/–—-]\s*${NAME_RUN})?\.?$`,
  'iu',
);
const BYLINE_WITH_OUTLET = new RegExp(
  String.raw`^${NAME_RUN}(?:\s*(?:,|and|&)\s*${NAME_RUN})*\s*[|/]\s*${NAME_RUN}\.?$`,
  'u',
);

/** Sentence-level furniture (comment help, share prompts, credits, bylines, time stamps). */
export function isBoilerplateSentence(sentence: string): boolean {
  const text = sentence.trim();
  if (!text) return true;
  if (SENTENCE_PATTERNS.some((re) => re.test(text))) return true;
  return isByline(text) || isTimestampLine(text);
}

/** "By Jane Doe", "By Jane Doe and John Roe, CNN", "Jane Doe / The Daily Paper". */
export function isByline(line: string): boolean {
  const text = line.trim();
  // Cheap gate before the name-run patterns, which backtrack on long capitalised lines.
  if (text.length > 120 || !(/^by\s/i.test(text) || /[|/]/.test(text))) return false;
  if (BYLINE_PREFIXED.test(text)) return !/^by\s+(?:the|a|an)\s/i.test(text) || /[|/]/.test(text);
  return BYLINE_WITH_OUTLET.test(text);
}

const CREDIT_IN_PARENS = /\((?:photo|photograph|image|picture|pic|credit|file photo)s?\s*(?::|by\b|credit\b)[^)]*\)/i;
const TRAILING_CREDIT = /(?:photo|photograph|image|picture)(?: credit)?\s*:\s*[^.]{0,60}$/i;
const WIDGET_CUE = /\b(?:comments?|commenting|disqus|moderat\w*|log ?in|sign ?in|profile|settings|notifications|flag|reply|replies|upvote|account)\b/gi;

/**
 * Paragraph-level furniture: a short paragraph carrying a photo credit is a caption (often glued
 * to a repeated headline); a paragraph opening with comment-widget help and full of widget words
 * is help text throughout.
 */
export function isBoilerplateParagraph(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!text) return true;
  const words = text.split(/\s+/).length;
  if (words <= 40 && (CREDIT_IN_PARENS.test(text) || TRAILING_CREDIT.test(text))) return true;
  const cues = text.match(WIDGET_CUE)?.length ?? 0;
  const firstSentence = text.split(/(?<=[.!?])\s+/, 1)[0] ?? text;
  return cues >= 3 && (isBoilerplateSentence(firstSentence) || /^[A-Z][A-Z ]{3,}:/.test(text));
}

/**
 * Length of a wire dateline opening the sentence, to strip it: "BAGHDAD, Dec 26 (Reuters) -",
 * "WASHINGTON (AP) —", "Kabul, Afghanistan (CNN) --", "LONDON —". 0 when there is none.
 */
export function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence) ?? DATELINE_CAPS.exec(sentence);
  return m ? m[0].length : 0;
}

const PLACE = String.raw`[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}`;
const DATE_PART = String.raw`(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?`;
/** Place (", Region")(", date") "(Agency)" dash. */
const DATELINE = new RegExp(
  String.raw`^${PLACE}(?:,\s*${PLACE})?${DATE_PART}\s*\((?:[A-Z][\p{L}.&' -]{0,30})\)\s*(?:-{1,2}|–|—|:)\s*`,
  'u',
);
/** All-caps place ("LONDON", "NEW DELHI") (", date") dash, no agency. */
const DATELINE_CAPS = new RegExp(
  String.raw`^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*${PLACE})?${DATE_PART}\s*(?:-{1,2}|–|—)\s+`,
  'u',
);
