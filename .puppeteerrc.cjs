/**
 * Puppeteer is only used by whatsapp-web.js. Its Chrome download cannot run in our build
 * environments (and we do not want an unpinned browser anyway): use the system chromium.
 * Set PUPPETEER_EXECUTABLE_PATH to point elsewhere.
 */
module.exports = {
  skipDownload: true,
};
