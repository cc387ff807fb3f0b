/**
 * Hostile input for the comment box: what stored-XSS attacks on comment widgets used (body,
 * author name, website, avatar). Every payload that could run sets `window.__xss` to its own
 * name, so a test proves nothing ran by finding `__xss` still unset.
 */
declare global {
  interface Window {
    __xss?: unknown;
  }
}

const run = (name: string) => `window.__xss='${name}'`;

/** Comment bodies (`content.rendered`), as a server that does not filter might send them. */
export const HOSTILE_BODIES: string[] = [
  `<script>${run('script')}</script>`,
  `<img src=x onerror="${run('img-onerror')}">`,
  `<svg><script>${run('svg-script')}</script></svg>`,
  `<svg onload="${run('svg-onload')}"></svg>`,
  `<p onclick="${run('onclick')}" onmouseover="${run('onmouseover')}" style="position:fixed;inset:0">cover</p>`,
  `<a href="javascript:${run('js-href')}">click</a>`,
  `<a href="JaVaScRiPt&colon;${run('js-entity')}">entity</a>`,
  `<a href="java&#x0A;script:${run('js-newline')}">newline</a>`,
  `<a href="vbscript:msgbox(1)">vb</a>`,
  `<a href="data:text/html,<script>${run('data-href')}</script>">data</a>`,
  `<iframe src="javascript:${run('iframe')}"></iframe>`,
  `<iframe srcdoc="<script>parent.${run('srcdoc')}</script>"></iframe>`,
  `<object data="javascript:${run('object')}"></object><embed src="javascript:${run('embed')}">`,
  `<form action="javascript:${run('form')}"><button>go</button></form>`,
  `<base href="javascript:${run('base')}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run('meta')}">`,
  `<style>@import 'javascript:${run('style')}';</style><p style="background:url(javascript:${run('style-attr')})">s</p>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run('mxss')}">`,
  `<noscript><p title="</noscript><img src=x onerror=${run('noscript')}>">`,
  `<details open ontoggle="${run('ontoggle')}">d</details>`,
  `<input autofocus onfocus="${run('autofocus')}">`,
  `<video><source onerror="${run('video')}"></video>`,
  `<template><img src=x onerror="${run('template')}"></template>`,
  `<a href="https://example.org/ok" target="_blank" rel="opener">fine link</a>`,
];

/** Author names: must show as the literal characters. */
export const HOSTILE_NAMES: string[] = [
  `<img src=x onerror="${run('name-img')}">`,
  `"><script>${run('name-script')}</script>`,
  `<a href="javascript:${run('name-link')}">Bob</a>`,
];

/** Commenter websites: only http(s) may become a link. */
export const HOSTILE_URLS: string[] = [
  `javascript:${run('url-js')}`,
  ` javascript:${run('url-js-space')}`,
  `JAVASCRIPT:${run('url-js-upper')}`,
  `java\tscript:${run('url-js-tab')}`,
  `data:text/html,<script>${run('url-data')}</script>`,
  `vbscript:msgbox(1)`,
  `//evil.example/%0a${run('url-proto-relative')}`,
];

/** Tags that must never appear in rendered untrusted content. */
export const FORBIDDEN_TAGS = 'script, iframe, object, embed, form, base, meta, style, input, button, svg, math, img, video, source, template, link, noscript, details';
