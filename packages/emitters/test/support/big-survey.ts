// A generated survey of n questions (n a multiple of 100): ratings on one scale with a
// missing code, single choices with other-specify, and conditional follow-ups.
export function bigSurvey(n: number): string {
  const lines = [
    'survey big {',
    '  title "Large survey"',
    '  languages en',
    '  scale s5 1..5 { 1 "Low" 2 "Fair" 3 "Mid" 4 "Good" 5 "High" missing 9 "N/A" }',
  ];
  const perSection = 100;
  for (let s = 0; s < n / perSection; s++) {
    lines.push(`  section part${s} "Part ${s}" {`);
    for (let i = s * perSection; i < (s + 1) * perSection; i++) {
      if (i % 5 === 4) lines.push(`    text t${i} "Why did you rate item ${i - 2} low?" optional max 200 when r${i - 2} <= 2`);
      else if (i % 5 === 3)
        lines.push(`    single c${i} "Which option fits item ${i}?" { a "Option A" b "Option B" other "Other" specify }`);
      else lines.push(`    rating r${i} "How do you rate item ${i}?" on s5`);
    }
    lines.push('  }');
  }
  lines.push('}');
  return lines.join('\n');
}
