import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEdit,
  editPrompt,
  renderReading,
  renderResult,
  type WorkoutReading,
} from '../../shared/vision/index.js';

const reading: WorkoutReading = {
  activity: 'run',
  date: '2025-03-02',
  distanceKm: 5.02,
  durationSec: 1513,
  paceSecPerKm: 301,
  confidence: 0.9,
};

describe('screenshot results in the runner’s units', () => {
  it('shows distance and pace in kilometres by default and in miles for a miles runner', () => {
    const km = renderReading(reading);
    assert.match(km, /Distance: <b>5\.02 km<\/b>/);
    assert.match(km, /Pace: 5:01 min\/km/);
    const mi = renderReading(reading, 'mi');
    assert.match(mi, /Distance: <b>3\.12 mi<\/b>/);
    assert.match(mi, /Pace: 8:04 min\/mi/);
    assert.doesNotMatch(mi, /km/);
    assert.match(renderResult(7, reading, [], 'mi').text, /3\.12 mi/);
    assert.match(editPrompt('distance', 'mi'), /in miles/);
  });

  it('reads a bare edited distance in the runner’s units, an explicit unit as given', () => {
    const edit = (text: string, units?: 'km' | 'mi') => {
      const result = applyEdit(reading, 'distance', text, '2025-03-05', units);
      return result.ok ? result.reading.distanceKm : result.error;
    };
    assert.equal(edit('5.2'), 5.2);
    assert.equal(edit('3.1', 'mi'), 4.99);
    assert.equal(edit('5 km', 'mi'), 5);
    assert.equal(edit('3.1 mi'), 4.99);
    assert.match(String(edit('far', 'mi')), /miles/);
  });
});
