import Insights
import Journal
import Testing

@Suite("Stated commitments")
struct StatedCommitmentTests {
    /// A Tuesday.
    let tuesday = Day(iso: "2026-11-24")!

    @Test("finds firm first-person commitments and their due days", arguments: [
        ("I will send the proposal by Friday.", "I will send the proposal by Friday", "2026-11-27"),
        ("I’ll send the deck to Globex tomorrow morning.", "I’ll send the deck to Globex tomorrow morning", "2026-11-25"),
        ("tmrw im ringing the Hegartys to book their menu tasting", "tmrw im ringing the Hegartys to book their menu tasting", "2026-11-25"),
        ("follow up w/ Dana thurs", "follow up w/ Dana thurs", "2026-11-26"),   // a day typed short, as `Spellings` reads it
        ("I'm going to book three demos next week.", "I'm going to book three demos next week", nil),
        ("I am going to call Hooli on Monday!", "I am going to call Hooli on Monday!", "2026-11-30"),
        ("I promised Dana the quote by EOD.", "I promised Dana the quote by EOD", "2026-11-24"),
        ("I commit to twenty new conversations.", "I commit to twenty new conversations", nil),
        ("Tomorrow I will update the CRM before my first call.", "Tomorrow I will update the CRM before my first call", "2026-11-25"),
        ("After today's no-show, I will confirm every meeting.", "I will confirm every meeting", nil),
        ("I'll definitely call Acme first thing Thursday", "I'll definitely call Acme first thing Thursday", "2026-11-26"),
        ("I'll be sending the contract tonight.", "I'll be sending the contract tonight", "2026-11-24"),
        ("I'm gonna fix my close dates by Dec 1.", "I'm gonna fix my close dates by Dec 1", "2026-12-01"),
        ("I will reply", "I will reply", nil),
        ("I'll personally walk Dana through it on Friday's call", "I'll personally walk Dana through it on Friday's call", "2026-11-27"),
        ("I'm not sure, but I will ask Dana today", "I will ask Dana today", "2026-11-24"),
        ("I will not discount again.", "I will not discount again", nil),
        ("Tomorrow: send the NDA to Pemberton.", "Tomorrow: send the NDA to Pemberton", "2026-11-25"),
        ("Tomorrow: 60 dials before 11am.", "Tomorrow: 60 dials before 11am", "2026-11-25"),
        ("Note to self: chase the Acme invoice on Monday.", "Note to self: chase the Acme invoice on Monday", "2026-11-30"),
        ("#todo send pricing options to Bayard by Friday", "send pricing options to Bayard by Friday", "2026-11-27"),
        ("Send the revised SOW to Brightline by noon.", "Send the revised SOW to Brightline by noon", "2026-11-24"),
        ("Not leaving the office until the forecast balances.", "Not leaving the office until the forecast balances", nil),
        ("Committing to 100 doors a day this month.", "Committing to 100 doors a day this month", nil),
        ("I'll be at the brewery at 7 for their first delivery.", "I'll be at the brewery at 7 for their first delivery", nil),
        ("Tonight I'm finally clearing the expense backlog.", "Tonight I'm finally clearing the expense backlog", "2026-11-24"),
        ("Sending the CV to Northgate in the morning.", "Sending the CV to Northgate in the morning", nil),
        ("I will never again send a contract out without checking it.", "I will never again send a contract out without checking it", nil),
        ("I will not miss Sunday dinner again.", "I will not miss Sunday dinner again", "2026-11-29"),
        ("I'll send the \"final\" deck tomorrow.", "I'll send the \"final\" deck tomorrow", "2026-11-25"),
        ("Tomorrow I'm calling every be-back from last week.", "Tomorrow I'm calling every be-back from last week", "2026-11-25"),
        ("Tomorrow I finish section 4 of the RFP, no matter what.", "Tomorrow I finish section 4 of the RFP, no matter what", "2026-11-25"),
        ("Monday I drive out to the Lindqvist place.", "Monday I drive out to the Lindqvist place", "2026-11-30"),
        ("Starting tomorrow I review every proposal myself.", "Starting tomorrow I review every proposal myself", "2026-11-25"),
        ("I'm going back to the Coburg bottle-o on Friday.", "I'm going back to the Coburg bottle-o on Friday", "2026-11-27"),
        ("I'm driving to Te Aroha on the 14th.", "I'm driving to Te Aroha on the 14th", nil),
        ("Taking Owen to Friday's game, already told him.", "Taking Owen to Friday's game, already told him", "2026-11-27"),
        ("I'm doing the loss review on Calloway first thing tomorrow.", "I'm doing the loss review on Calloway first thing tomorrow", "2026-11-25"),
        ("Meeting the fleet manager Thursday at 7am.", "Meeting the fleet manager Thursday at 7am", "2026-11-26"),
        ("Booking the install team for Thursday as soon as they open.", "Booking the install team for Thursday as soon as they open", "2026-11-26"),
        ("I'm nervous, but I'm calling Sharon tomorrow regardless.", "I'm calling Sharon tomorrow regardless", "2026-11-25"),
        ("I'm ringing the Chadstone client at seven with replacements.", "I'm ringing the Chadstone client at seven with replacements", nil),
        ("I'm phoning the Rondebosch couple at lunch.", "I'm phoning the Rondebosch couple at lunch", nil),
        ("I'm putting R1,500 into the car account on payday.", "I'm putting R1,500 into the car account on payday", nil),
        ("Tomorrow at 8 I call the agency.", "Tomorrow at 8 I call the agency", "2026-11-25"),
        ("I have to file the Q3 forecast by Thursday.", "I have to file the Q3 forecast by Thursday", "2026-11-26"),
        ("I've got to book the site visit with Mercer for next Tuesday.", "I've got to book the site visit with Mercer for next Tuesday", "2026-12-01"),
        ("Must ring Kwame b4 he travels on Thurs.", "Must ring Kwame b4 he travels on Thurs", "2026-11-26"),
        ("gotta finish the rfp answers tmrw nite", "gotta finish the rfp answers tmrw nite", "2026-11-25"),
        ("I need to send Priya the revised pricing tomorrow.", "I need to send Priya the revised pricing tomorrow", "2026-11-25"),
        ("Plan for Monday: call all five stalled deals.", "Plan for Monday: call all five stalled deals", "2026-11-30"),
        ("On my list for tomorrow: send the ROI deck to Tomás.", "On my list for tomorrow: send the ROI deck to Tomás", "2026-11-25"),
        ("Arvo job: send Shazza the updated price list.", "Arvo job: send Shazza the updated price list", nil),
        ("I'll be the one to follow up the Cebu account tomorrow.", "I'll be the one to follow up the Cebu account tomorrow", "2026-11-25"),
        ("Friday 10am send Foster the recap.", "Friday 10am send Foster the recap", "2026-11-27"),   // a clock time after the day
        ("Tomorrow 8:30 call Foster about the renewal.", "Tomorrow 8:30 call Foster about the renewal", "2026-11-25"),
        ("Tomorrow at 8:30 I call the agency.", "Tomorrow at 8:30 I call the agency", "2026-11-25"),
        ("Next 1:1 I'm bringing three questions about territory planning.", "Next 1:1 I'm bringing three questions about territory planning", nil),
        ("tomorrow 6 am I go to the godown for dispatch", "tomorrow 6 am I go to the godown for dispatch", "2026-11-25"),
    ] as [(String, String, String?)])
    func finds(text: String, stated: String, due: String?) {
        #expect(StatedCommitment.find(in: text, writtenOn: tuesday) == [StatedCommitment(text: stated, due: due.flatMap { Day(iso: $0) })])
    }

    @Test("leaves out hedges, conditions, questions, other people, the past and idioms", arguments: [
        "maybe I'll call them",
        "Today I finished the deck.",
        "I'm going out of my mind this week.",
        "I'm going to pretend to hate it.",
        "Oh sure, he'll \"circle back,\" I'll hold my breath.",
        "I was at the clinic on the 14th.",
        "Yesterday I called Dana.",
        "Tomorrow I hope to call Dana.",
        "Dana will send it Friday",
        "I might send the deck later this week.",
        "I'll try to book three demos next week.",
        "I should update the CRM before Friday.",
        "Hopefully I will hear back from Dana by Thursday.",
        "I'll probably send the quote tomorrow.",
        "If they reply, I'll send the contract.",
        "I'll send the proposal if legal approves the terms.",
        "Unless Acme calls first, I'll reach out on Monday.",
        "I'll send the contract as soon as procurement gives the okay.",
        "Will I call Hooli tomorrow or wait for their email?",
        "Am I going to chase Vandelay again?",
        "They promised to sign by the end of the month.",
        "My manager said she'll join the negotiation call.",
        "I was going to call Vandelay today but ran out of time.",
        "I meant to update the CRM this afternoon.",
        "I had planned to prospect all morning.",
        "I'll be honest, the call was average.",
        "I'll admit the new pricing is easier to explain.",
        "I'm going to be real, my pipeline needs work.",
        "I will say this, Priya knows her product.",
        "I'll tell you what, that buyer asks sharp questions.",
        "I'm going to miss quota this month.",
        "I will not discount.",
        "Set out-of-office for Friday.",                                     // a past action, not an order
        "Quote expired before they signed.",                                 // a noun, not an action
        "Call with Dana tomorrow at 10.",                                    // a diary note
        "Tomorrow: pipeline review with Dan.",
        "Send the deck.",                                                    // no time, label or tag
        "Promised Dana the deck by noon and sent it at 11:40.",              // kept already
        "I told Mark last week I'd have the forecast cleaned up by today.",
        "I promised I'd have the handover doc done before leave, and it's still half-written.",
        "Yeah, I'll totally get my expenses in on time this month.",
        "I have no idea how I'm going to hit the new quota.",                // a question inside
        "panicking a little, forecast call is friday and I have nothing to commit",
        "Living the dream: hotel wifi, cold pizza, and a proposal due at 9.",
        "I'll definitely enjoy redoing the whole quote.",                   // a feeling ahead, not an action
        "Coaching topic for next week: why deals die in legal.",
        "I'm terrified I'm going to get let go in January.",                 // a fear
        "\"I'll let you know what I find,\" the buyer told me.",              // someone else's words
        "'I'll get back to you' is what the business manager always says.",
        "I'd told myself I'd hit 100 dials today; I made 31.",
        "I'll take it — a win's a win!",
        "Sure, I'll make 200 calls a day and also be \"consultative\".",
        "The company changed the commission structure again and I won't see a cent till February.",
        "I'd like to get three referrals this month.",
        "I hope to close Globex before Christmas.",
        "Told myself I'd cold call for an hour and then didn't.",           // broken already
        "I told the buyer I'd send the quote yesterday and didn't.",
        "I keep telling myself I'll stop working weekends.",
        "Fingers crossed I'll be sending the Kestrel contract soon!",
        "I'll definitely hit quota now that they've cut my territory in half 🙄",
        "I'll just go ahead and thank marketing for rebranding the week before our renewal.",
        "Didn't lose any accounts this quarter, which at this point I'll take.",
        "- [ ] I will send Acme the deck by Friday",
        "* [x] I'll call Dana",
        "I'm doing fine now.",                                              // a state, not an action
        "I'm writing this at eleven, exhausted.",
        "As soon as the PO lands, I'll schedule the kickoff.",              // before the action, a condition
        "I'm terrified I'm going to get let go.",
        "Perfect, the sauna is \"too hot\", I'll have a word with physics.",   // a verdict opening a quote mocks
        "Then at 5:30 Greg told me the deal is being reassigned.",          // an hour after "then" is no plan
        "I had a sandwich at lunch.",
        "I really need to get fitter.",                                    // an obligation with no time ahead is a want
        "I have to admit the demo went well.",
        "I'll be the one who gets blamed tomorrow.",
        "Dana has to send it by Friday.",                                   // someone else's obligation
        "Maybe I need to call them tomorrow.",
        "Lunch with Dana: great chat about Friday.",                        // a label with no action after it
        "Tomorrow.",                                                        // a sentence of opening words alone
        "Tomorrow first thing next week Monday morning then also:",
        "Not bad for a Monday: 3 meetings and a proposal out.",             // no plan's label before the colon
        "Moved tomorrow's 1:1 to 4pm.",                                     // a colon inside a word is no label's
        "Friday 10am meeting with Foster.",
        "Tomorrow 8:30 meeting with Foster.",
    ])
    func leavesOut(text: String) {
        #expect(StatedCommitment.find(in: text, writtenOn: tuesday) == [])
    }

    @Test("splits a sentence that states two commitments")
    func twoInOneSentence() {
        let found = StatedCommitment.find(
            in: "I'll email Dana tonight and I'm going to call her boss on Monday.", writtenOn: tuesday)
        #expect(found == [
            StatedCommitment(text: "I'll email Dana tonight", due: tuesday),
            StatedCommitment(text: "I'm going to call her boss on Monday", due: Day(iso: "2026-11-30")),
        ])
    }

    @Test("keeps the firm half of a sentence whose other half is conditional")
    func conditionalHalf() {
        let found = StatedCommitment.find(
            in: "I'll send the quote to Umbrella today, and I will follow up on Friday if I haven't heard back.")
        #expect(found == [StatedCommitment(text: "I'll send the quote to Umbrella today", due: nil)])
    }

    @Test("reads each line and sentence on its own")
    func linesAndSentences() {
        let text = """
            ## What will you do about it?

            Should I call Globex first? Yes, and I will call them at nine.
            - [ ] Send the deck by Friday
            I'll be honest, I neglected Acme; I will call them tomorrow
            """
        #expect(StatedCommitment.find(in: text).map(\.text) == ["I will call them at nine", "I will call them tomorrow"])
    }

    @Test("writes text and due as JSON")
    func json() {
        #expect(StatedCommitment(text: "I will call Acme", due: tuesday).json.rendered(pretty: false)
            == #"{"text":"I will call Acme","due":"2026-11-24"}"#)
        #expect(StatedCommitment(text: "I will call Acme", due: nil).json.rendered(pretty: false)
            == #"{"text":"I will call Acme","due":null}"#)
    }
}
