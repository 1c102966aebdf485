import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectEntities } from '../../shared/telegram-sandbox/format-text.js';

const types = (text: string) =>
  detectEntities(text).map((e) => `${e.type}:${text.slice(e.offset, e.offset + e.length)}`);

describe('sandbox entity detection (what Telegram finds by itself)', () => {
  it('finds commands, mentions, hashtags, emails and URLs', () => {
    assert.deepEqual(types('/start now'), ['bot_command:/start']);
    assert.deepEqual(types('ask @coach_bot'), ['mention:@coach_bot']);
    assert.deepEqual(types('long run #sunday'), ['hashtag:#sunday']);
    assert.deepEqual(types('mail runner@example.com today'), ['email:runner@example.com']);
    assert.deepEqual(types('see https://strava.com/a/1.'), ['url:https://strava.com/a/1']);
    assert.deepEqual(types('see strava.com/a'), ['url:strava.com/a']);
  });

  it('finds nothing where no entity can start (the cheap pre-checks skip the patterns)', () => {
    assert.deepEqual(types('I ran 10 km. Felt good, pace 5:30.'), []);
    assert.deepEqual(types('a.b c@d 1/2'), []);
    assert.deepEqual(types(''), []);
  });
});
