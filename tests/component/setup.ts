// Component tests run in jsdom; the page language starts as English like a fresh prerendered page.
document.documentElement.lang = 'en';
