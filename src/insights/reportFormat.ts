import { OUTCOMES, Report } from './reportShape';

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ would be read as a formula by spreadsheet programs: visitors' text must stay text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as one CSV table a spreadsheet opens: `part` says which list a row belongs to
 * (outcomes, uncovered, down_voted, unclear), `item` what it counts, `detail` examples or comments.
 */
export function reportCsv(report: Report): string {
  const rows: Array<Array<string | number | null>> = [['part', 'item', 'count', 'detail']];
  for (const { day, counts } of report.outcomesByDay) {
    for (const outcome of OUTCOMES) if (counts[outcome] > 0) rows.push(['outcomes', `${day} ${outcome}`, counts[outcome], null]);
  }
  for (const s of report.uncovered) rows.push(['uncovered', s.subject, s.count, s.examples.map((e) => e.question).join(' | ')]);
  for (const a of report.downVoted) {
    rows.push(['down_voted', a.answer ?? '(answer no longer in the log)', a.down, [...a.comments, ...a.questions.map((q) => `asked: ${q}`)].join(' | ')]);
  }
  for (const q of report.unclear) rows.push(['unclear', q.question, q.count, null]);
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The report for a terminal. */
export function reportText(report: Report): string {
  const lines: string[] = [`Questions since ${report.since.slice(0, 16).replace('T', ' ')} UTC`, ''];
  const shown = OUTCOMES.filter((o) => report.totals[o] > 0);
  lines.push('Outcomes per day');
  if (shown.length === 0) lines.push('  no questions logged');
  else {
    lines.push(`  ${'day'.padEnd(10)}  ${shown.map((o) => o.padStart(14)).join('')}`);
    for (const { day, counts } of report.outcomesByDay) lines.push(`  ${day}  ${shown.map((o) => String(counts[o]).padStart(14)).join('')}`);
    lines.push(`  ${'total'.padEnd(10)}  ${shown.map((o) => String(report.totals[o]).padStart(14)).join('')}`);
  }
  lines.push('', 'Subjects the article does not cover');
  if (report.uncovered.length === 0) lines.push('  none');
  for (const s of report.uncovered) {
    lines.push(`  ${String(s.count).padStart(4)}  ${s.subject}`);
    for (const e of s.examples) lines.push(`          "${clip(e.question)}"${e.count > 1 ? ` ×${e.count}` : ''}`);
  }
  lines.push('', 'Answers with the most thumbs down');
  if (report.downVoted.length === 0) lines.push('  none');
  for (const a of report.downVoted) {
    const where = [a.intent, a.topic, a.section && `"${a.section}"`].filter(Boolean).join(' / ');
    lines.push(`  ${String(a.down).padStart(4)} down, ${a.up} up  ${where || '(answer no longer in the log)'}`);
    if (a.answer) lines.push(`          ${clip(a.answer)}`);
    for (const q of a.questions) lines.push(`          asked: "${clip(q)}"`);
    for (const c of a.comments) lines.push(`          looking for: "${clip(c)}"`);
  }
  lines.push('', 'Unclear questions');
  if (report.unclear.length === 0) lines.push('  none');
  for (const q of report.unclear) lines.push(`  ${String(q.count).padStart(4)}  "${clip(q.question)}"`);
  return lines.join('\n') + '\n';
}
