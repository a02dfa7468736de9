import { describe, expect, it } from 'vitest';
import { scanText } from './bundle-scan';

/** The tripwire of bundle-scan.ts finds what it must (the e2e no-network spec runs it on the build). */
describe('the bundle scan', () => {
  it.each([
    ['fetch(', "fetch('https://x.example/api',{method:'POST',body:d})"],
    ['sendBeacon(', "navigator.sendBeacon('/log',data)"],
    ['new XMLHttpRequest', 'const x=new XMLHttpRequest;x.open("POST",u)'],
    ['new WebSocket', 'const s=new WebSocket(u)'],
    ['importScripts(', "importScripts('/remote.js')"],
  ])('finds %s', (what, text) => {
    expect(scanText('a.js', text).some((f) => f.what.startsWith(what.replace('(', '')))).toBe(true);
  });

  it('finds a URL of any host that is not a known library identifier', () => {
    expect(scanText('a.js', 'const u=`https://collect.example.com/p`').map((f) => f.what)).toEqual(['https://collect.example.com']);
    expect(scanText('a.js', 'ws://10.0.0.1:9000').map((f) => f.what)).toEqual(['ws://10.0.0.1:9000']);
  });

  it('allows namespace identifiers and Vite’s own preload of extension chunks', () => {
    expect(scanText('a.js', 'createElementNS("http://www.w3.org/2000/svg","g")')).toEqual([]);
    expect(scanText('a.js', 'function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}')).toEqual([]);
  });
});
