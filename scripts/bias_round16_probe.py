"""Round 16 fresh probe (bias14): whose family or care word it is. Written after the change, never tuned on.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round16_probe.py

As measured: main innocent 8/15 flagged, biased 15/15; branch innocent 3/15 (2/15 after the possessive fix
the probe showed), biased 15/15.
"""

from __future__ import annotations

from assistant.analyzers.bias import check_bias, load_rules

INNOCENT = ['Lena brings eleven years of experience with toddlers and is calm under pressure.', 'Kofi is wonderful with babies and the parents on our unit ask for him by name.', 'She supported families of premature babies through long stays and was always thorough.', 'Raj taught teenagers maths at a comprehensive school and his pass rates rose every year.', 'Over the winter Eva nursed elderly patients and kept their relatives updated daily.', 'Chloe ran the holiday programme for children with autism and wrote excellent care plans.', 'He coached kids aged eight to twelve every Saturday and never missed a session.', 'She has worked in childcare since 2015 and holds a level 3 diploma.', 'Our daycare manager role needs someone organised, and Mia was the obvious choice.', 'Dmitri mentored the younger apprentices and his checklists are still in use.', 'She has four infants in her room and keeps their feeding charts immaculate.', 'He comforted frightened children and their mothers in the emergency department with real skill.', 'Aisha volunteered with refugee families and their children for two summers and was dependable throughout.', 'She left at six so the night supervisor could get back to his daughter, and closed the ward alone.', 'While the office manager was on paternity leave, Jun ran payroll without a single error.']

BIASED = ['Lena has three children under six, so she may not cope with the on-call rota.', 'With a baby on the way, Kofi will not be focused on the promotion.', 'Since becoming a mother, Chloe has been less ambitious about her projects.', 'Raj is a devoted dad, which is why his output dipped this spring.', 'Her kids come first for her, so I would not give her the lead role.', 'He is great at his job, but his young children keep him from travelling.', "Eva's caring for her sick father means she cannot take on more work.", 'Aisha is pregnant, so we should hold off on the new account.', "Dmitri's family responsibilities make him a poor fit for the night shift.", 'She juggles the school run every morning and it shows in her punctuality.', 'As a single father of twins, Jun is stretched too thin for management.', "Mia will probably want to start a family soon, so let's not invest in her training.", 'With kids at home, Chloe cannot be relied on for late meetings.', 'He has childcare issues that affect his availability for weekend work.', "Since her maternity leave, Kofi's deputy has seemed less committed."]


def run() -> tuple[int, int]:
    rules = load_rules()
    innocent = sum(bool(check_bias(t, rules).flags) for t in INNOCENT)
    biased = sum(bool(check_bias(t, rules).flags) for t in BIASED)
    print(f"innocent flagged (false) {innocent}/{len(INNOCENT)}   biased flagged {biased}/{len(BIASED)}")
    return innocent, biased


if __name__ == "__main__":
    run()
