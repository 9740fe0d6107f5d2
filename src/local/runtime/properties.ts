// PropertiesService: the script, document and user stores, each a map of strings.
import { instrument } from './calls';
import type { RuntimeContext } from './context';

export class FakeProperties {
  constructor(
    readonly rt: RuntimeContext,
    private readonly store: Map<string, string>,
  ) {}
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: unknown): FakeProperties {
    this.store.set(key, String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  deleteProperty(key: string): FakeProperties {
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): FakeProperties {
    this.store.clear();
    return this;
  }
}
instrument(FakeProperties, 'Properties');

export class FakePropertiesService {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly user = new Map<string, string>();
  constructor(readonly rt: RuntimeContext) {}
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.rt, this.script);
  }
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.rt, this.document);
  }
  getUserProperties(): FakeProperties {
    return new FakeProperties(this.rt, this.user);
  }
}
instrument(FakePropertiesService, 'PropertiesService');
