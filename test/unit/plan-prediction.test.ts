import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentPrediction } from '../../shared/tracking/index.js';

describe('currentPrediction', () => {
  const race = { distanceKm: 10, timeSeconds: 50 * 60 };
  const estimate = { vdot: 35, vdotSeconds: 7000 };
  const effort = {
    vdot: 45.2,
    vdotSeconds: 5900,
    riegelSeconds: 5957,
    from: { date: '2027-03-01', distanceKm: 10, durationSec: 2700 },
  };

  it('a hard effort beats the race, the race beats the plan estimate', () => {
    assert.equal(
      currentPrediction({ effort, recentRace: race, goalDistanceKm: 21.0975, planEstimate: estimate })
        ?.source,
      'effort',
    );
    const fromRace = currentPrediction({ recentRace: race, goalDistanceKm: 21.0975, planEstimate: estimate });
    assert.equal(fromRace?.source, 'race');
    assert.ok(fromRace!.vdotSeconds > 5900 && fromRace!.vdotSeconds < 7000);
    assert.equal(currentPrediction({ goalDistanceKm: 21.0975, planEstimate: estimate })?.source, 'estimate');
    assert.equal(currentPrediction({ goalDistanceKm: 21.0975 }), undefined);
  });
});
