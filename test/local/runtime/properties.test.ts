import { describe, expect, it } from 'vitest';
import type { FakePropertiesService } from '../../../src/local/runtime';
import { runtime } from '../../helpers';

describe('PropertiesService', () => {
  it('stores values as strings, per store', () => {
    const props = runtime().globals().PropertiesService as FakePropertiesService;
    props.getDocumentProperties().setProperty('lastRun', 20230714);
    expect(props.getDocumentProperties().getProperty('lastRun')).toBe('20230714');
    expect(props.getScriptProperties().getProperty('lastRun')).toBeNull();
    props.getDocumentProperties().setProperties({ a: 1 }, true);
    expect(props.getDocumentProperties().getKeys()).toEqual(['a']);
  });
});
