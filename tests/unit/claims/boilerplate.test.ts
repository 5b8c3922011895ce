import { describe, expect, it } from 'vitest';
import {
  datelineLength,
  isBoilerplateParagraph,
  isBoilerplateSentence,
  isByline,
  isTimestampLine,
} from '../../../src/core/claims/boilerplate';

describe('isBoilerplateSentence', () => {
  it.each([
    'Comments are moderated and will appear after review.',
    'Log in to comment.',
    'Please read our commenting policy before posting.',
    'Refresh to see latest comments',
    'Sort by newest',
    'Share this article',
    'Sign up for our daily briefing newsletter.',
    'Follow us on Twitter',
    'Send to a friend',
    'Photograph: Anna Smith/Getty Images',
    'Image caption Firefighters at the scene',
    'A tanker near the port (Photo: Jim Brown)',
    'AP Photo/Mark Lane',
    'More on this topic:',
    'Related: Floods hit the north again',
    'Read more',
    'Advertisement',
    'Click here to get the app.',
    '© 2024 Daily Planet Media. All rights reserved.',
    'Copyright 2013 Some Newspaper',
    'By Jane Doe',
    'By Jane Doe and John Roe, CNN',
    'Updated 3:45 PM ET',
    'MAR. 14, 2013, 8:12 PM',
    'on September 14, 2013 11:41am | Updated on September 14, 2013 11:41am',
    'View more related contentView all related articles',
    'On behalf of Jane Roe, Esq. posted in Traffic Law on Friday, May 3, 2013.',
  ])('flags %j', (s) => {
    expect(isBoilerplateSentence(s)).toBe(true);
  });

  it.each([
    'The ministry said 12 people were killed in the blast on Monday.',
    'Related deaths rose to five, officials said.',
    'By Tuesday, the river had burst its banks in three places.',
    'Police shared photos of the suspect with local media.',
    'The company, founded in 1998, employs 3,000 people.',
    'Readers of the newspaper were outraged by the report.',
    'Published reports in 2013 said the mayor had resigned after the scandal broke.',
    'The comments drew a sharp rebuke from the opposition leader.',
  ])('keeps %j', (s) => {
    expect(isBoilerplateSentence(s)).toBe(false);
  });
});

describe('isByline', () => {
  it('recognises author lines with an outlet after a slash', () => {
    expect(isByline('Mary Major and Tom Minor / The Evening Herald')).toBe(true);
  });
  it('does not take a title-case headline for a byline', () => {
    expect(isByline('Storm Leaves Thousands Without Power in Coastal Towns')).toBe(false);
  });
});

describe('isTimestampLine', () => {
  it('takes date-only lines and leaves sentences with dates alone', () => {
    expect(isTimestampLine('Tuesday 14 March 2013 09.12 GMT')).toBe(true);
    expect(isTimestampLine('The quake struck on 14 March 2013.')).toBe(false);
  });
});

describe('isBoilerplateParagraph', () => {
  it('drops a short caption paragraph with a credit, headline glued in front', () => {
    expect(isBoilerplateParagraph('Floods Sweep Valley Towns A rescue boat on the river. (photo: Reuters)')).toBe(true);
  });
  it('drops comment-widget help written as prose', () => {
    const help =
      'HOW TO COMMENT: Your profile name appears at the top of the comment box. Open the settings to change notifications. You can flag comments that break the rules.';
    expect(isBoilerplateParagraph(help)).toBe(true);
  });
  it('keeps a news paragraph that mentions comments once', () => {
    expect(isBoilerplateParagraph('The minister declined to comment on the report, which was published on Monday.')).toBe(false);
  });
  it('keeps a long paragraph that mentions a photograph', () => {
    const long = `The photograph: ${'it showed the crowd gathering outside the court as police watched. '.repeat(5)}`;
    expect(isBoilerplateParagraph(long)).toBe(false);
  });
});

describe('datelineLength', () => {
  it.each([
    ['BAGHDAD, Dec 26 (Reuters) - Iraq condemned the strikes.', 'Iraq condemned the strikes.'],
    ['WASHINGTON (AP) — The Senate voted on Friday.', 'The Senate voted on Friday.'],
    ['Kabul, Afghanistan (CNN) -- A bomb exploded.', 'A bomb exploded.'],
    ['NEW DELHI — Rains lashed the capital.', 'Rains lashed the capital.'],
  ])('strips the dateline of %j', (sentence, rest) => {
    expect(sentence.slice(datelineLength(sentence))).toBe(rest);
  });
  it('leaves ordinary sentences whole', () => {
    expect(datelineLength('The Senate voted on Friday - narrowly.')).toBe(0);
    expect(datelineLength('Police (and soldiers) - all of them - arrived.')).toBe(0);
  });
});
