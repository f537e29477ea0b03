// Shows the decision tree's proposal as the three questions are answered. The server applies the same rule
// (DecisionTree.Propose) and refuses a decision below it, so this is only a convenience.
(function () {
  const form = document.getElementById('decision-form');
  const proposal = document.getElementById('proposal');
  if (!form || !proposal) return;
  const update = () => {
    const answers = ['Q1', 'Q2', 'Q3'].map(q => form.querySelector(`input[name="Form.${q}"]:checked`));
    const anyYes = answers.some(a => a && a.value === 'true');
    if (!anyYes && answers.some(a => !a)) return;   // ★3 only once all three are answered no
    const level = anyYes ? '4' : '3';
    proposal.textContent = proposal.dataset[(proposal.dataset.lang === 'en' ? 'en' : 'ja') + level];
    proposal.classList.add('decided');
  };
  form.querySelectorAll('input[data-tree]').forEach(input => input.addEventListener('change', update));
  update();
})();
