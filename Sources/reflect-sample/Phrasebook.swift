/// The words the sample journal is written from: the salesperson's world (accounts, people,
/// products) and sentence templates by tone. A template's `{slot}`s are filled by `ProseComposer`.
///
/// A template starting with `!` is an event (a deal won, lost, moved): at most one a day, so an
/// entry does not close and lose the same account in one breath.
///
/// The templates aim at what real self-managing salespeople write: wins and losses in their own
/// slang, negated phrases ("not bad"), commitments stated in prose and the hedges that are not
/// commitments, so the insights have something realistic to find.
enum Phrasebook {
    // MARK: The world

    /// Customer accounts; each sample journal works a changing handful of them.
    static let accounts = [
        "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne Enterprises", "Soylent",
        "Vandelay", "Cyberdyne", "Tyrell", "Wonka", "Oscorp", "Dunder Mifflin", "Pied Piper",
        "Aperture", "Massive Dynamic", "Nakatomi", "Sterling Cooper", "Bluth",
    ]

    /// First names for customer contacts.
    static let people = [
        "Dana", "Omar", "Priya", "Marcus", "Lena", "Raj", "Sofia", "Tom", "Keiko", "Ben", "Aisha",
        "Carlos", "Hannah", "Wei", "Nadia", "Jonas", "Grace", "Felix", "Ingrid", "Kwame",
    ]

    /// The salesperson's manager, one per journal.
    static let managers = ["Maria", "Dave", "Ngozi", "Chris", "Elena", "Sam"]

    /// Solutions engineers the salesperson borrows.
    static let engineers = ["Ravi", "Jess", "Mateo", "Yuki"]

    /// Who else sits at the customer.
    static let roles = [
        "their CFO", "the VP of Sales", "the IT director", "the head of procurement", "their COO",
        "the CISO", "the head of operations", "the new CRO", "their finance lead",
    ]

    /// What is being sold.
    static let products = [
        "the Pro plan", "the analytics add-on", "the enterprise tier", "the onboarding package",
        "the API bundle", "the security module", "the reporting suite", "the data connector",
    ]

    /// Kinds of deal.
    static let deals = ["renewal", "expansion", "pilot", "upsell", "new logo deal", "multi-year deal", "platform deal"]

    /// What customers push back on.
    static let objections = [
        "price", "timing", "the security review", "the budget freeze", "their incumbent vendor",
        "the ERP integration", "contract length", "the implementation timeline", "data residency",
        "seat minimums",
    ]

    /// The vendors they compare us with (never one of the accounts).
    static let competitors = ["Initrode", "Contoso", "Northwind", "Fabrikam", "Globochem"]

    /// Pipeline stages.
    static let stages = ["discovery", "demo", "proposal", "negotiation", "legal review", "procurement", "verbal commit"]

    // MARK: Sentences by tone

    /// Bad news and low moods, in the salesperson's own slang.
    static let negative = [
        "!{account} ghosted me after the demo.",
        "{person} was a no-show for the second time this month.",
        "!The {account} deal stalled in {stage} again.",
        "Got a lot of pushback on {objection} from {role}.",
        "{account} lowballed us at {amount} and I am tempted to walk away.",
        "Another slump week: lots of dials, hardly any meetings.",
        "!We lost {account2} to {competitor}, mostly on price.",
        "Churn at {account2} is a real risk; usage dropped by {percent}% since the summer.",
        "I feel behind on everything and {quarter} is almost over.",
        "Procurement at {account} is a black hole.",
        "The demo bombed because the sandbox was down.",
        "I'm frustrated that {account} keeps moving the goalposts.",
        "Honestly I am tired and a bit cynical about {account}.",
        "{person} stopped replying after I sent pricing.",
        "The {account} contract is stuck in legal and I keep waiting instead of asking.",
        "Two deals slipped to next quarter and my forecast looks bad.",
        "I got rejected by {n} prospects in a row this morning.",
        "The leads from marketing are weak and I blamed them again.",
        "The economy is making every CFO nervous, and it shows in my calls.",
        "!{account2} pushed the decision to {nextMonth}, which hurts.",
        "I missed my call block because of internal meetings, again.",
        "Feeling pessimistic about hitting the number.",
        "Lots of busywork today and no real selling.",
        "The pricing call with {account} was awkward and I rushed it.",
        "{account} is asking for a discount nobody will approve.",
        "I'm worried the {account} champion is losing interest.",
        "Nobody at {account2} will commit to a date.",
        "I always seem to lose momentum on Thursdays.",
        "It was a grind today and I am drained.",
        "The renewal at {account2} is at risk after last week's outage.",
        "My manager keeps asking for updates I do not have.",
        "!{role} at {account} killed the budget line we were counting on.",
        "I was stressed all day and it leaked into my calls.",
        "Three voicemails, two bounced emails, one angry reply.",
        "The {account} pilot is stuck because their IT team never set up access.",
        "Bad week. I am behind plan and a little anxious about it.",
    ]

    /// Good news and high moods.
    static let positive = [
        "!{account} signed the {deal} at {amount}!",
        "!Closed {account2} today, a month earlier than forecast.",
        "Booked a demo with {account2} for {weekday}.",
        "Real momentum with {account}: {person} brought {role} to the call.",
        "{person} introduced me to {role}, which is exactly what I needed.",
        "Great discovery call with {account2}; they shared their actual numbers.",
        "!{account} moved to {stage} after a strong meeting.",
        "I hit my call target by Wednesday.",
        "Good energy on the team today.",
        "The {account} champion is selling for me internally now.",
        "!Got a verbal yes from {person}; paperwork next.",
        "Proud of how I handled the {objection} objection with {account}.",
        "Three first meetings booked from one morning of calls.",
        "The reference call for {account2} went brilliantly.",
        "I feel confident about {quarter} for the first time in weeks.",
        "{person} said our proposal was the clearest they had seen.",
        "Expansion at {account}: they want {n} more teams on {product}.",
        "!Won back {account2} after last year's churn.",
        "Felt focused all morning; no email until eleven.",
        "{manager} gave me great feedback on the {account} call.",
        "The pilot at {account} is going well and usage is up {percent}%.",
        "Legal approved the {account} terms in two days, which is a record.",
        "I'm optimistic about {nextMonth}.",
        "!Quick win: {account2} renewed without a discount.",
        "Excited about {account}; it could be my biggest deal this year.",
        "{account} asked for a proposal without me having to push.",
        "Good, honest conversation with {person} about {objection}.",
        "The new opener is working: {n} meetings from {calls} calls.",
        "I'm happy with how I prepared for the {account} meeting.",
        "Booked two demos before lunch. Momentum feels real.",
        "!{account2} signed the order form this afternoon.",
        "Strong week. I did the work and it shows.",
    ]

    /// Facts of the day without much feeling either way.
    static let neutral = [
        "Spent the afternoon on {account} account planning.",
        "{se} and I rehearsed the {account} demo.",
        "Updated close dates for {n} deals.",
        "Sent {emails} emails and made {calls} calls today.",
        "Had a one-to-one with {manager}; we mostly talked about {quarter}.",
        "{account} wants a pilot before they commit.",
        "The {account} decision is now with {role}.",
        "Reviewed the {account} contract with legal.",
        "Travel day to see {account} in person.",
        "{account2} asked for a second reference.",
        "Prepared questions for the {account} discovery call.",
        "Mapped the buying group at {account2}.",
        "The team meeting ran long.",
        "{person} is out until {weekday}.",
        "Logged notes from the {account} call in the CRM.",
        "Rebuilt my territory list for {nextMonth}.",
        "Worked through the {account} security questionnaire.",
        "The {account} {deal} is worth about {amount}.",
        "Next step with {account} is a call with {role}.",
        "{account2} is comparing us with {competitor}.",
        "Most of the day went to {product} demos.",
        "{account} wants to see {product} running on their own data.",
        "Quiet day on the phones; people are busy with year planning.",
        "I read through the {account} annual report before the call.",
    ]

    /// Negated phrases: worded negatively, meant neutrally or well, and the reverse ("didn't close").
    static let negated = [
        "Not bad for a {today}.",
        "No problem with legal on {account} this time.",
        "The call with {person} was not a disaster after all.",
        "I can't complain about the pipeline this month.",
        "No pushback on price from {account}, which surprised me.",
        "{person} was not unhappy about the delay.",
        "Procurement at {account} was not as slow as I feared.",
        "Never felt rushed on the {account} call.",
        "I didn't close {account2} this week.",
        "I was not happy with how the {account} demo went.",
        "Not a great week for new meetings.",
        "No complaints from {account} about the rollout.",
        "Hardly any friction on the {account2} paperwork.",
        "The {account} renewal was not difficult for once.",
    ]

    /// Commitments stated in prose, the kind the insights should find; `{due}` may be empty.
    static let stated = [
        "I will call {person} {due}.",
        "I'll send {account} the revised proposal {due}.",
        "I'm going to block two hours for prospecting every morning next week.",
        "I promised {person} a reference call {due}.",
        "I will update the {account} opportunity in the CRM {due}.",
        "I'll ask {manager} for help with the {account} pricing {due}.",
        "I will book a demo with {account2} {due}.",
        "I'm going to fix the close dates on my {quarter} deals {due}.",
        "I will follow up with {person2} at {account2} {due}.",
        "I'll get {role} at {account} on a call {due}.",
        "I promised {manager} a clean forecast {due}.",
        "I will write the mutual action plan for {account} {due}.",
    ]

    /// Sentences that look like commitments and are not: hedges, conditionals, questions, other
    /// people's promises, past intentions.
    static let hedges = [
        "Maybe I'll try to call {person2} next week.",
        "I was going to update the CRM today but the day got away from me.",
        "If {account} comes back with a number, I will loop in {manager}.",
        "{person} said they will send the signed order form {due}.",
        "Should I push {account} for a date?",
        "I might try to reach {role} through LinkedIn.",
        "I'll try to get the {account2} notes in before the weekend.",
        "I was going to call {account2} back, and then I didn't.",
    ]

    /// Task texts for the day's `## Commitments`; `{due}` is a due phrase or nothing.
    static let tasks = [
        "Send {account} the revised proposal {due}",
        "Call {person} about {objection} {due}",
        "Update the {account} opportunity in the CRM {due}",
        "Book a demo with {account2} {due}",
        "Log last week's meetings in the CRM {due}",
        "Ask {manager} to join the {account} call {due}",
        "Follow up with {person} at {account} on pricing {due}",
        "Prepare the {account} QBR deck {due}",
        "Get legal to review the {account} redlines {due}",
        "Email {person2} the case study {due}",
        "Block two hours for prospecting {due}",
        "Clean up close dates for {quarter} deals {due}",
        "Confirm the next step with {person} {due}",
        "Write the mutual action plan for {account} {due}",
        "Re-engage {account2} after the no-show {due}",
        "Send {person} the security questionnaire answers {due}",
        "Add {person2} from {account2} to the CRM {due}",
        "Share the {account} call recording with {se} {due}",
        "Draft the business case for {account} {due}",
        "Ask {account2} for a reference introduction {due}",
        "Reply to {person} about seat minimums {due}",
        "Set up the {account} pilot kickoff {due}",
    ]

    /// Notes a hand-edited file might start with, above its title.
    static let scribbles = [
        "Quick notes before the {account} call at nine.",
        "Written on the train, so this is short and messy.",
        "(Copied over from my notebook.)",
    ]
}
