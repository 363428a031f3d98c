"""The prose of the sample draft (review.sample.build_sample), field by field.

Written the way an Early Help practitioner and their team manager would write a real year's
Performance Conversation: UK English, concrete but anonymised practice examples ("a family",
"a young person"), never a real child's name.
"""

from __future__ import annotations

# The practitioner's self-assessment against each practice standard, by field id.
SELF_ASSESSMENTS: dict[str, str] = {
    "standards.s1.self": (
        "I explain at the first visit why Early Help is involved, in plain words and without jargon, "
        "and I go through the consent form line by line rather than asking for a quick signature. "
        "With a father who has a learning disability I used a one-page picture plan, and came back "
        "a week later to check he still agreed before I made any referrals. "
        "Consent is recorded on every one of my cases and I revisit it at each review."
    ),
    "standards.s2.self": (
        "I see every child on my caseload on their own unless there is a clear reason not to, and "
        "I record why when that is the case. "
        "With a young person who would not talk at home, we met at school and on walks to the "
        "seafront, and she used the three houses tool to tell me what worried her. "
        "For younger children I use play, drawing and the feelings cards, and their words go "
        "straight into the plan."
    ),
    "standards.s3.self": (
        "I complete a genogram with every family during the assessment and update the chronology "
        "after each significant event, noting its impact on the child rather than just the date. "
        "Drawing a sociogram with a mother who felt she had \u201cno one\u201d showed an aunt "
        "and a neighbour she trusted, and both now attend the family network meetings. "
        "I still need to be quicker at keeping chronologies current on longer cases."
    ),
    "standards.s4.self": (
        "My assessments include a \u201cday in the life\u201d of each child, written from what "
        "they and their parents have told me and what I have seen at home and at school. "
        "For a family living in one room of temporary accommodation, this showed the children "
        "had nowhere to do homework or sleep without interruption, which changed the focus of "
        "the plan from behaviour to housing. "
        "I also ask parents about their own day, as their stress shapes the child's."
    ),
    "standards.s5.self": (
        "I ask about parents' own childhoods and experiences sensitively, and I reflect in the "
        "analysis on how these affect what is happening now. "
        "A mother who had been in care herself found professional meetings frightening; naming "
        "this together meant we could plan smaller meetings, and her attendance improved. "
        "The trauma-informed practice training has given me better language for these "
        "conversations."
    ),
    "standards.s6.self": (
        "I ask every family about their culture, faith, language and identity, and I book "
        "interpreters rather than relying on relatives, including children. "
        "Working with a Romanian family, I checked my assumptions about their parenting with a "
        "community worker and recognised that I had misread their reluctance as resistance. "
        "I bring questions about bias and privilege to group supervision."
    ),
    "standards.s7.self": (
        "Every child I work with has a plan written in words the family understand, with clear "
        "actions, names and dates, and the family help write it. "
        "For a young person at risk of exclusion, the plan set out who would do what each week, "
        "what we hoped would change by half-term and what would happen if things got worse. "
        "I review plans at every team around the family meeting and record the outcomes."
    ),
    "standards.s8.self": (
        "My case records explain why I visited, what I saw and heard, what it means for the "
        "child and what happens next, so that someone picking up the case can follow it. "
        "A recent case audit graded my recording as good and noted the clear analysis. "
        "Timeliness slipped in the winter when my caseload was high, so I now keep Friday "
        "mornings for recording and most visits are written up within three working days."
    ),
    "standards.s9.self": (
        "Each of my cases has a case supervision record at least every two months, and I come "
        "prepared with my own reflections and questions. "
        "Using the reflective supervision model on a family who kept missing appointments helped "
        "me see my frustration was getting in the way, and we tried a different approach together. "
        "I make sure the agreed actions are followed up and recorded on the child's file."
    ),
    "standards.s10.self": (
        "Management oversight is recorded on all my cases at allocation, at reviews and at "
        "closure. "
        "When a case I held began to meet the threshold for a statutory assessment, my manager "
        "and I agreed the step-up the same day and I prepared a clear transfer summary. "
        "I welcome the case audits and act on what they find, and I ask at closure what "
        "difference our work has made for the child."
    ),
    "wider.self": (
        "I try to work restoratively with families and colleagues, doing things with people "
        "rather than to them, including when conversations are difficult. "
        "This year I co-facilitated the parenting group at the family hub, supported two new "
        "starters through their induction and joined the working group reviewing our "
        "contingency planning template. "
        "I have kept a hopeful, respectful tone in team meetings during a busy and unsettled year."
    ),
    "wider.feedback": (
        "A parent wrote at closure: \u201cYou never talked down to me and you did what you said "
        "you would do.\u201d\n"
        "A young person said in their exit questionnaire that I was \u201cthe first worker who "
        "actually listened\u201d.\n"
        "A school designated safeguarding lead thanked me for clear and timely updates during a "
        "difficult period, and the health visitor on a shared case described our joint visits as "
        "well planned and calm."
    ),
}

# Each learning row: the self-assessment and the next steps, by field id.
LEARNING: dict[str, str] = {
    "learning.pmfp.self": (
        "I completed the Portsmouth Model of Family Practice foundation days in November and use "
        "the restorative and relational approach in all my direct work. "
        "I feel confident with the \u201cwith, not to\u201d conversations, and less so with "
        "using the model to shape written analysis."
    ),
    "learning.pmfp.next": (
        "Attend the follow-up practice workshop in the spring and take one written assessment to "
        "a practice learning session for feedback."
        "\nProgress: workshop booked for 12 March."
    ),
    "learning.core.self": (
        "I am up to date with safeguarding level 3, domestic abuse awareness and the recording "
        "standards training. "
        "I have good skills in direct work with children, and I want to build my confidence in "
        "chairing multi-agency meetings."
    ),
    "learning.core.next": (
        "Complete the Motivational Interviewing course and chair two team around the family "
        "meetings with my manager observing."
        "\nProgress: MI course completed in March; first observed meeting went well."
    ),
    "learning.thematics.self": (
        "I attended the thematic sessions on neglect and on parental mental health, and I used "
        "the neglect screening tool with two families afterwards. "
        "I know less than I would like about child criminal exploitation and online harm."
    ),
    "learning.thematics.next": (
        "Attend the contextual safeguarding workshop and read the Research in Practice briefing "
        "on exploitation, then share the key points at a team meeting."
        "\nProgress: briefing shared at the May team meeting."
    ),
    "learning.other.self": (
        "I shadowed the family group conference co-ordinator at two conferences and completed "
        "the e-learning on the Mental Capacity Act. "
        "I also attended a webinar on supporting families with no recourse to public funds."
    ),
    "learning.other.next": (
        "Co-facilitate a family group conference from referral to review, and take part in the "
        "peer mentoring scheme for newly qualified colleagues."
        "\nProgress: first co-facilitated conference held in June."
    ),
}

# Comments at each review round, by role then round id.
COMMENTS: dict[str, dict[str, str]] = {
    "practitioner": {
        "initial": (
            "The last year went well: I settled into the team, built good relationships with the "
            "schools in my area and closed most of my cases with the family's goals met. "
            "Next year I hope to build my confidence in chairing meetings, complete the "
            "Motivational Interviewing course and keep my recording up to date."
        ),
        "six_month": (
            "I am on track with most of my objectives: the MI course is done and I am using it in "
            "direct work, and my recording has improved since I set aside Friday mornings. "
            "The winter was busy and my caseload was high for a while, which I raised in "
            "supervision and which has now eased."
        ),
        "final": (
            "I am proud of the progress I have made this year, particularly in leading a family "
            "group conference and in the quality of my assessments. "
            "I would like to keep developing my understanding of exploitation next year and to "
            "continue mentoring a newly qualified colleague."
        ),
    },
    "manager": {
        "initial": (
            "Siobhán has had a strong first full year in the team and is well regarded by "
            "families and partner agencies. "
            "We have agreed objectives that build on her direct work skills and stretch her "
            "into chairing and group work; I will support this through monthly supervision."
        ),
        "six_month": (
            "Good progress against the objectives agreed in October. Case audits show clear, "
            "child-focused recording and timeliness is much improved. "
            "We discussed caseload pressure over the winter and agreed to review allocation "
            "fortnightly until it settled."
        ),
        "final": (
            "Siobhán has met the practice standards this year and exceeded several objectives, "
            "particularly in leading a family group conference and in peer mentoring. "
            "I am pleased to support her development next year, focusing on exploitation and "
            "contextual safeguarding."
        ),
    },
}

# The manager's short comments beside each Yes/No, by field id (the wellbeing one has none).
MANAGER_COMMENTS: dict[str, str] = {
    "standards.s1.manager": "Consent clearly recorded on the cases audited.",
    "standards.s2.manager": "Children's voices come through strongly in the plans.",
    "standards.s3.manager": "Good genograms; keep chronologies current.",
    "standards.s4.manager": "Lived experience is well described.",
    "standards.s5.manager": "Sensitive, trauma-informed analysis.",
    "standards.s6.manager": "Thoughtful reflection on bias in supervision.",
    "standards.s7.manager": "SMART plans with clear contingencies.",
    "standards.s8.manager": "Audit graded good; timeliness improved.",
    "standards.s9.manager": "Seen in supervision records.",
    "standards.s10.manager": "Oversight recorded throughout.",
    "wider.manager": "A valued, restorative member of the team.",
}

# Any long answer of another form that the tables above do not cover.
FALLBACK = (
    "I have used this in my work with families this year, for example by explaining our "
    "involvement with a simple visual plan and checking the family's understanding at each visit. "
    "I reflected on this in supervision and will keep building on it."
)
