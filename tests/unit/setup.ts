// Dexie must find IndexedDB before it is imported anywhere.
import 'fake-indexeddb/auto';
