/** The IANA time zones the browser knows, Asia/Shanghai first (most stores are in China). */
export const TIME_ZONES: readonly string[] = (() => {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['Asia/Shanghai', ...all.filter((zone) => zone !== 'Asia/Shanghai')];
})();
