/** The last four quarters, this one and the next four, as URL values (ISO date of the first day). */
export function quarterOptions(now: Date) {
  const q0 = Math.floor(now.getUTCMonth() / 3);
  return Array.from({ length: 9 }, (_, i) => {
    const start = new Date(Date.UTC(now.getUTCFullYear(), (q0 + i - 4) * 3, 1));
    return {
      value: start.toISOString().slice(0, 10),
      label: `Q${Math.floor(start.getUTCMonth() / 3) + 1} ${start.getUTCFullYear()}`,
      isCurrent: i === 4,
    };
  });
}
