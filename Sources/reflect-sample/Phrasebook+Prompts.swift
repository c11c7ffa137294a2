import Journal

/// Sentences that answer the prompts: an opener or two per prompt id that takes the question
/// head on, and a bank per area for the rest of the answer.
extension Phrasebook {
    /// Opening sentences by prompt id.
    static let openers: [String: [String]] = [
        "activity.plan-week": [
            "This week I will block Tuesday and Thursday mornings for prospecting into {account2} and accounts like it.",
            "The plan is {calls} calls and {n} new meetings before Friday, mostly with companies that look like {account}.",
        ],
        "activity.last-week": [
            "Last week I made {calls} calls, held {meetings} meetings and ran {demos} demos.",
            "Last week was {calls} calls and {meetings} meetings against my own target of sixty calls.",
        ],
        "activity.first-hour": [
            "My first hour went to email, which is not the most important thing and I know it.",
            "I spent the first hour on the {account} proposal, and that was the right call.",
        ],
        "activity.avoided-task": [
            "I have been putting off the follow-up with {person} at {account} since the pricing call.",
            "The task I keep avoiding is cleaning up my {quarter} forecast; the smallest step is to fix one deal today.",
        ],
        "activity.prospecting-time": [
            "Prospecting is blocked from eight to ten on Tuesday and Thursday, and internal meetings are what usually crowd it out.",
            "I have prospecting on the calendar for Wednesday morning, but the {account} onboarding will try to eat it.",
        ],
        "activity.own-goal": [
            "My own goal is {n} new conversations a day, whatever the dashboard says.",
            "I set myself fifteen new first meetings this month, which is more than my quota needs.",
        ],
        "activity.best-hours": [
            "I sell best between nine and eleven, before the inbox gets loud.",
            "Late afternoon calls go better for me; people are less rushed after three.",
        ],
        "activity.busywork": [
            "I spent most of Thursday formatting a deck nobody asked for.",
            "I lost hours to internal reporting and a slide review that did not move {account} an inch.",
        ],
        "activity.new-conversations": [
            "I started {n} conversations with new prospects last week; I need about twice that.",
            "New conversations last week: {n}. To build next quarter I need at least ten.",
        ],
        "activity.ambition": [
            "This year I want to be in the top three on the team and close my first {amount} deal.",
            "I want to make President's Club this year, which means more first meetings every single week.",
        ],
        "pipeline.stalled-deal": [
            "The {account} {deal} has not moved since the {stage} meeting.",
            "{account} is stalled in {stage}; {person} has gone quiet for two weeks.",
        ],
        "pipeline.coverage": [
            "I need about {amount} of pipeline for next quarter and I have maybe two thirds of that.",
            "Coverage is thin: roughly two times against a target that needs three.",
        ],
        "pipeline.honest-cut": [
            "If I were honest I would remove {account2}; they have not taken a meeting in over a month.",
            "The {account2} upsell has been in my pipeline for months and it is mostly hope.",
        ],
        "pipeline.agreed-next-step": [
            "On {account}, the agreed next step is a {stage} review with {role} on {weekday}.",
            "{person} agreed to a technical deep dive with {se} on {weekday}.",
        ],
        "pipeline.next-three": [
            "My next three opportunities should come from referrals at {account}, the webinar list and two {account2} lookalikes.",
            "I expect the next three to come from expansion: more seats at {account}, {product} at {account2}, and one new logo from outbound.",
        ],
        "pipeline.decision-maker": [
            "On {account} I still have not met {role}, who signs anything over {amount}.",
            "I have only met the champion at {account}; the economic buyer is still a name on an org chart.",
        ],
        "pipeline.least-sure": [
            "I am least sure of {account}; it is forecast for {month} but nobody there has said when.",
            "{account} at {amount} is in commit and I am not sure it belongs there.",
        ],
        "pipeline.why-now": [
            "For {account} the reason to change now is their contract with {competitor} ending in {nextMonth}.",
            "The honest answer for {account} is that there is no strong reason to change now, which worries me.",
        ],
        "pipeline.early-stage": [
            "I will send {person2} at {account2} a short recap and propose a discovery call with {se}.",
            "This week I want to get {account2} from a first call to a real discovery meeting.",
        ],
        "pipeline.balance": [
            "My pipeline is heavy in discovery and thin in proposal, so {nextMonth} could be quiet.",
            "Everything is bunched at the late stages; I have almost nothing early.",
        ],
        "data.oldest-update": [
            "{account2} has not been updated in my CRM for about six weeks.",
            "The oldest record is {account2}; since the last note they hired a new CFO and paused the project.",
        ],
        "data.dated-next-steps": [
            "I count {n} opportunities without a dated next step, including {account}.",
            "{account} and {account2} both have next steps that just say follow up, with no date.",
        ],
        "data.new-contacts": [
            "{person2} from {account2}, who I met at the conference, is still not in the CRM.",
            "I met {role} at {account} last week and never added them as a contact.",
        ],
        "data.last-conversation": [
            "From my last call with {person}: budget is approved but only after {nextMonth}, and {objection} is the real concern.",
            "{person} told me they are also talking to {competitor}; that belongs in the notes today.",
        ],
        "data.believable-numbers": [
            "I no longer believe the close date on {account}; the real one is probably {nextMonth} or later.",
            "The {amount} on {account} is what I hoped for, not what they said.",
        ],
        "data.relationship-map": [
            "At {account} there is {person}, {role}, a procurement lead and an IT architect I have never spoken to.",
            "The {account} map in the CRM has two names; the real buying group is closer to six.",
        ],
        "data.same-day": [
            "I usually log meetings a day or two later, which means details get lost.",
            "Most meetings get logged the same evening; calls from the car are the ones that slip.",
        ],
        "data.handover": [
            "A colleague could pick up {account} from my notes, but not {account2}.",
            "Honestly, no: half of what matters about {account} lives in my inbox.",
        ],
        "data.true-stage": [
            "{account} says negotiation in the CRM, but the customer has not seen pricing yet.",
            "Judged by what customers have actually done, at least {n} deals are one stage too far along.",
        ],
        "data.in-your-head": [
            "Only I know that {person} at {account} is leaving in the spring.",
            "The fact that the CFO at {account} hates annual prepay lives only in my head.",
        ],
        "commitments.promised-customer": [
            "I promised {person} a revised quote and a reference customer, both due {weekday}.",
            "This week I promised {account} a security questionnaire and a pricing options sheet.",
        ],
        "commitments.at-risk": [
            "I am at risk of missing the {account} proposal date; {person} should hear it from me today, not from silence.",
            "The onboarding plan for {account2} is at risk because {se} is out.",
        ],
        "commitments.captured": [
            "I write promises in this journal and on sticky notes, and the sticky notes get lost.",
            "Most promises made it into my task list; the one from the hallway chat with {person} did not.",
        ],
        "commitments.noticed": [
            "I got {account} the contract redlines a day early and {person} mentioned it on the call.",
            "{manager} noticed that every follow-up from the {account} meeting went out the same day.",
        ],
        "commitments.said-yes": [
            "I said yes to a {weekday} go-live for {account} when the honest answer was not yet.",
            "I agreed to a discount before I knew if I could get it approved.",
        ],
        "commitments.internal": [
            "I promised {se} the discovery notes for {account} and only sent half.",
            "I owe marketing a customer quote from {account}, and it is a week late.",
        ],
        "commitments.after-meeting": [
            "After the {account} meeting I promised a recap and two case studies; the recap went out, the case studies did not.",
            "The follow-up from the last call with {person} is still in my drafts.",
        ],
        "commitments.to-yourself": [
            "I promised myself ten prospecting calls before lunch every day this month, and I am at about half.",
            "My commitment to myself is no CRM backlog on Fridays; so far it is holding.",
        ],
        "commitments.new-date": [
            "The {account} pricing proposal needs a new date, and I will tell {person} today.",
            "The security answers for {account2} will slip a week; {person2} is the one waiting.",
        ],
        "commitments.your-word": [
            "Mostly yes. {person} at {account} told me I am the only vendor who calls back when I say I will.",
            "Not always. I missed two follow-ups with {account2} this month and they noticed.",
        ],
        "coaching.skill": [
            "I want {manager} to help me run tighter discovery calls; I talk too much in the first ten minutes.",
            "Negotiation. I cave on price too early and I want {manager} to role-play it with me.",
        ],
        "coaching.call-to-lead": [
            "The {account} executive meeting on {weekday} would go better if {manager} led the business case part.",
            "I would like {manager} on the {account} pricing call, because {role} wants to hear from someone senior.",
        ],
        "coaching.internal-resources": [
            "I need legal to turn around the {account} redlines this week, and {manager} can escalate it.",
            "I need a solutions engineer for the {account2} deep dive, and {se} is booked solid.",
        ],
        "coaching.one-to-one": [
            "My question: how do I get {account} to commit to a date without sounding pushy?",
            "My question for the one-to-one: should I keep chasing {account2} or let it go?",
        ],
        "coaching.training": [
            "A proper negotiation course would take me up a level; I will ask {manager} for the budget on {weekday}.",
            "I want the advanced training on {product} before the {account} demo.",
        ],
        "coaching.feedback": [
            "I would like honest feedback on the {account} discovery call, especially how I handled {objection}.",
            "I want {manager} to listen to the {account2} recording and tell me where I lost them.",
        ],
        "coaching.next-level": [
            "The next level is running multi-threaded enterprise deals, and I need help getting meetings above my champion.",
            "Next level means bigger deals; I need {manager} to open doors at the VP level at {account}.",
        ],
        "coaching.watch-me": [
            "I would like {manager} to sit in on the {account} demo and watch how I handle questions.",
            "Watch me run the {account2} kickoff and look at whether I set a clear next step.",
        ],
        "coaching.make-number": [
            "The biggest help this quarter would be {manager} joining two late-stage calls, {account} first.",
            "Help me get a pricing exception for {account} approved quickly; that deal is most of my gap.",
        ],
        "coaching.contribution": [
            "{manager} can reach {role} at {account} in a way I cannot.",
            "Where {manager} can contribute is with product: a roadmap call for {account} would settle {objection}.",
        ],
        "attitude.helpful-belief": [
            "The belief helping me most is that every no gets me closer to a yes.",
            "I believe my prospects are better off with us, and that makes the calls easier.",
        ],
        "attitude.setback-story": [
            "The story I keep telling is that {account2} went with {competitor} because of price. It is not entirely true; I never reached the decision maker.",
            "My story is that the territory is bad. Looking at the numbers, my activity dropped first.",
        ],
        "attitude.reason-for-optimism": [
            "{account} is moving and {account2} booked a demo, which is a good reason to be optimistic.",
            "Three new first meetings are on the calendar for next week.",
        ],
        "attitude.complaint": [
            "I complained about lead quality again. I could source my own instead.",
            "I complained about the CRM. I could spend twenty minutes learning the shortcuts instead.",
        ],
        "attitude.energy": [
            "The {account} demo gave me energy; people leaning in is the best part of this job.",
            "Closing the small {account2} deal gave me energy, and so did a long run on Saturday.",
        ],
        "attitude.last-no": [
            "When {account2} said no I was short with {person2} on the phone. Next time I will ask what would have made it a yes.",
            "I took the last no badly and sulked for an afternoon.",
        ],
        "attitude.on-the-team": [
            "I was irritable on Wednesday and {se} got the worst of it.",
            "I think my good mood helped the team stand-up on Monday.",
        ],
        "attitude.gratitude": [
            "I am grateful for {person} at {account}, who keeps pushing the deal internally when I cannot.",
            "Grateful for {se}, who rebuilt the {account} demo at ten at night without complaining.",
        ],
        "attitude.in-your-control": [
            "The budget freeze at {account2} was outside my control. Not having a second deal in that stage was inside it.",
            "{account} losing their sponsor was not mine to control; being single-threaded was.",
        ],
        "attitude.uncredited-win": [
            "I have not given myself credit for getting {account} to a second meeting after they ghosted me.",
            "I kept my prospecting block every morning this week, which I never manage.",
        ],
        "review.manage-performance": [
            "{manager} should not need to manage my activity, but probably needs to watch my forecast accuracy.",
            "The area that needs managing is forecasting; I am optimistic by nature and my close dates show it.",
        ],
        "review.discipline-attitude": [
            "Because activity and attitude are the parts I fully own. If {manager} has to chase them, I am not managing myself.",
            "My discipline and my attitude are mine to manage; a manager's time is better spent on deals.",
        ],
        "review.pipeline-concern": [
            "Very little. {manager} should see a clean pipeline and ask hard questions about the big deals.",
            "Only at the level of the top five deals; the rest is my job.",
        ],
        "review.want-help": [
            "I want help getting to executives, and with pricing strategy on {account}.",
            "The contribution I want is on big deals: strategy, access and an honest read of where I stand.",
        ],
    ]

    /// Sentences in the spirit of each area, for the body of an answer.
    static func bank(for area: Prompt.Area) -> [String] {
        switch area {
        case .activity: activity
        case .pipeline: pipeline
        case .data: data
        case .commitments: commitments
        case .coaching: coaching
        case .attitude, .checkin: attitude
        case .review: review
        }
    }

    static let activity = [
        "Dials are fine; conversations are the problem.",
        "I made {calls} calls and reached {n} real people.",
        "Tuesday was the best day: {meetings} meetings and a demo booked.",
        "I let internal meetings eat my prospecting block twice.",
        "Sent {emails} emails, most of them follow-ups that should have been calls.",
        "My target is {meetings} meetings a week and I am close.",
        "The mornings I start with calls are always better days.",
        "I spent too long researching {account2} before calling them.",
        "Prospecting into companies like {account} works better than cold lists.",
        "I want to double the number of first meetings by {nextMonth}.",
        "Lunch with {person} at {account} counts as the best hour of the week.",
        "I did {demos} demos, which is about right for this time of the quarter.",
        "Friday afternoons are dead for calls, so that is when I do admin.",
        "I started a call list for {nextMonth} renewals.",
        "Video prospecting got two replies out of twenty.",
        "The LinkedIn messages went nowhere this week.",
    ]

    static let pipeline = [
        "{account} needs a real next step with a date, not another check-in.",
        "I moved {account2} back to discovery because that is where it really is.",
        "The {account} {deal} depends on {role} signing off on {objection}.",
        "My forecast for {quarter} is {amount} and I trust about half of it.",
        "{account2} is new and early, but the pain is real.",
        "If {account} slips, I miss the quarter.",
        "I need two more deals in proposal to feel safe about {nextMonth}.",
        "{competitor} is in every deal this quarter.",
        "The {account} timeline only works if legal starts this week.",
        "Their decision process has more steps than {person} first said.",
        "A mutual action plan would help with {account}.",
        "I keep some deals in the pipeline because an empty stage looks bad.",
        "The biggest risk on {account} is that nobody there owns the decision.",
        "{account2} could be a {amount} expansion if the pilot lands.",
        "I should qualify harder in the first call.",
        "Half my pipeline is renewals, which is comfortable and not growth.",
    ]

    static let data = [
        "The CRM says {account} is at {percent}% probability, which is generous.",
        "I updated {n} records tonight and found two duplicates.",
        "Nobody but me knows that {person} prefers text over email.",
        "My notes on {account2} are three bullet points and a phone number.",
        "I need to add the whole buying group at {account} to the CRM.",
        "Close dates in my CRM drift a month at a time without anyone deciding anything.",
        "Logging calls from my phone right after them is the only thing that works.",
        "The {account} opportunity has the wrong amount; it should be {amount}.",
        "{person2} changed jobs and the CRM still has the old title.",
        "If it is not in the CRM, {manager} cannot help me with it.",
        "I spent an hour cleaning up contacts, which felt good.",
        "Next steps without dates are wishes.",
        "The {account} notes are good because I write them in the car park.",
        "I found an open opportunity from last year that nobody closed out.",
        "Stage names mean different things to different reps, which makes the forecast noisy.",
    ]

    static let commitments = [
        "I kept the promise to {person} and sent the proposal a day early.",
        "The {account} follow-up slipped because I never wrote it down.",
        "I promise too fast when a customer sounds excited.",
        "It is better to give {account} a later date I can keep.",
        "I owe {person2} a call and it is already late.",
        "Writing the task down the moment I say it is the whole trick.",
        "I told {account} I would have answers by the end of the week, and I did.",
        "A missed follow-up with {account2} cost me a meeting.",
        "{person} noticed that I always send the recap within an hour.",
        "My word is mostly good with customers and weaker with colleagues.",
        "Three promises from Monday are still open.",
        "I said yes to {manager} on the forecast deadline without checking my calendar.",
        "Promising less and delivering early works better with {account}.",
        "The internal promises are the ones I let slide.",
    ]

    static let coaching = [
        "Could {manager} join the {account} call on {weekday} and take the pricing part?",
        "I want a ride-along on my next discovery call, ideally {account2}.",
        "I need help from legal to get the {account} redlines back before {nextMonth}.",
        "Ask {manager} to get product on a call with {account} about {objection}.",
        "I'd like {manager} to review my {quarter} forecast line by line with me.",
        "Can {manager} introduce me to the VP at {account}? They worked together before.",
        "I want coaching on handling {objection}; I keep freezing on it.",
        "Please help me get {se} for the {account2} demo; the SE queue is two weeks long.",
        "A ride-along with {manager} on the {account} QBR would show me what I am missing.",
        "I need {manager} to approve the {account} discount structure before the call.",
        "I'd like feedback on my cold-call opener; my connect rate is low.",
        "Ask for a shadow day with the top rep on the team.",
        "I need help from finance on the {account} payment terms.",
        "Could we role-play the {account} negotiation on {weekday}?",
        "I want {manager} to push product for a date on the feature {account} keeps asking about.",
        "Help me decide which of {account} and {account2} deserves my time this month.",
        "I'd like {manager} to sit in on one of my prospecting blocks and tell me what to change.",
        "I need marketing to send {account2} the case study from a similar customer.",
        "Can {manager} escalate the {account} support ticket that is hurting the renewal?",
        "I want help building a business case template I can reuse.",
        "For the one-to-one: the {account} deal, my {quarter} gap, and the training budget.",
    ]

    static let attitude = [
        "I noticed how quickly one bad call colours the whole afternoon.",
        "A walk at lunch helped more than another coffee.",
        "I was kinder to myself this week than last.",
        "When I stop blaming the territory I start making calls.",
        "I let the {account} loss sit with me too long.",
        "Sleep matters more than I admit.",
        "I felt proud leaving the office on {weekday}.",
        "Some weeks the job is mostly rejection, and this was one of them.",
        "Talking to {se} about the {account} deal helped me see it clearly.",
        "I want to be the rep who brings energy to the team, not the one who drains it.",
        "I am more patient with prospects when I am less desperate for the deal.",
        "The weekend helped; I stopped checking email on Saturday.",
        "I caught myself saying never and always about {account2}.",
        "Gratitude is easier on a good week.",
        "My attitude follows my activity more than my results.",
    ]

    static let review = [
        "Looking back at {month}, my activity was steady and my forecasting was not.",
        "!This month I closed {account} and lost {account2}, and I learned more from the loss.",
        "I managed my own calendar better this month.",
        "The pipeline is my job; {manager} should only need the summary.",
        "Where I want {manager} is in the room on the biggest deals.",
        "I do not want to be managed on activity again; I want to be coached on strategy.",
        "My attitude dipped mid-month and I noticed it late.",
        "Next month I want a ride-along on at least two calls.",
    ]
}
