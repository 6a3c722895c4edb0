import { describe, expect, it } from 'vitest';
import { activityShapeProblem } from './activity-shape.js';

const activity = { type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'a:1' }, text: 'wat nu' };

describe('activity shape', () => {
  it('passes a clean activity', () => {
    expect(activityShapeProblem({ ...activity, entities: [{ type: 'clientInfo', locale: 'nl-NL' }] })).toBeNull();
  });

  it('names the path down to a NUL in a nested string, through arrays', () => {
    const problem = activityShapeProblem({ ...activity, entities: [{ type: 'clientInfo' }, { type: 'mention', mentioned: { id: 'x\u0000' } }] });
    expect(problem?.field).toBe('entities.1.mentioned.id');
  });

  it('names a key that holds a NUL, and the first NUL depth-first', () => {
    expect(activityShapeProblem({ ...activity, channelData: { 'ten\u0000ant': 1 } })?.field).toBe('channelData.ten\u0000ant');
    expect(activityShapeProblem({ ...activity, channelData: { a: { b: 'x\u0000' }, c: 'y\u0000' } })?.field).toBe('channelData.a.b');
  });
});
